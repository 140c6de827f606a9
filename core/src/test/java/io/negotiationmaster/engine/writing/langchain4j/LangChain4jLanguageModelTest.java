package io.negotiationmaster.engine.writing.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.EngineReply;
import io.negotiationmaster.scenario.TestScenarios;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LangChain4j path against a local OpenAI-compatible stub server: the model phrases the decided move, a reply
 * that passes the guard is used, and a wrong amount, a confidential leak or a server error fall back to the
 * template.
 */
class LangChain4jLanguageModelTest {
    private static final Pattern OFFER = Pattern.compile("Your offer: (\\$[0-9,]+)");
    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Function<String, String>> reply = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private HttpServer server;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode body = json.readTree(exchange.getRequestBody());
            requests.add(body);
            JsonNode messages = body.get("messages");
            String instruction = messages.get(messages.size() - 1).get("content").asText();
            String content = reply.get().apply(instruction);
            String answer = json.writeValueAsString(json.createObjectNode()
                    .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "stub")
                    .set("choices", json.createArrayNode().add(json.createObjectNode().put("index", 0)
                            .put("finish_reason", "stop")
                            .set("message", json.createObjectNode().put("role", "assistant").put("content", content)))));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private CounterpartEngine engine() {
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .apiKey("test-key").modelName("stub-model").maxRetries(0).timeout(Duration.ofSeconds(5)).build();
        return new CounterpartEngine(new LangChain4jLanguageModel(chat), Duration.ofSeconds(5));
    }

    private EngineReply firstCounter(CounterpartEngine engine) {
        var session = engine.session(TestScenarios.usedCarFull(), 42L);
        var opening = engine.open(session);
        return engine.respond(session, opening.next(), "Would you take $20,000?", List.of(), 1);
    }

    private static String decidedAmount(String instruction) {
        Matcher m = OFFER.matcher(instruction);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void aModelReplyThatStatesExactlyTheDecidedAmountIsUsed() {
        reply.set(instruction -> "I hear you, but the best I can do today is " + decidedAmount(instruction) + ".");

        EngineReply r = firstCounter(engine());

        assertThat(r.writerDetail()).startsWith("model");
        assertThat(r.reply().text()).startsWith("I hear you");
        JsonNode request = requests.get(0);
        assertThat(request.get("model").asText()).isEqualTo("stub-model");
        assertThat(request.get("messages").get(0).get("content").asText()).contains("Sarah");
        assertThat(request.toString()).doesNotContain("19000").doesNotContain("19,000");
    }

    @Test
    void aModelReplyWithAnotherAmountFallsBackToTheTemplate() {
        reply.set(instruction -> "Fine, you can have it for $15,000.");

        EngineReply r = firstCounter(engine());

        assertThat(r.writerDetail()).startsWith("template");
        assertThat(r.reply().text()).doesNotContain("15,000");
    }

    @Test
    void aModelReplyLeakingTheDealerCostFallsBackToTheTemplate() {
        reply.set(instruction -> "I paid $19,000 for it, so " + decidedAmount(instruction) + " is fair.");

        EngineReply r = firstCounter(engine());

        assertThat(r.writerDetail()).startsWith("template");
        assertThat(r.reply().text()).doesNotContain("19,000");
    }

    @Test
    void aServerErrorFallsBackToTheTemplate() {
        status.set(500);
        reply.set(instruction -> "boom");

        EngineReply r = firstCounter(engine());

        assertThat(r.writerDetail()).startsWith("template");
        assertThat(r.reply().text()).isNotBlank();
    }
}
