package io.negotiationmaster.voice.http;

import io.negotiationmaster.voice.VoiceProviderException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Sends one request to a speech provider and turns every failure into a {@link VoiceProviderException}. */
final class ProviderHttp {
    private final String provider;
    private final HttpClient client;

    ProviderHttp(String provider, HttpVoiceSettings settings) {
        this.provider = provider;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    byte[] send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new VoiceProviderException(provider, provider + " did not answer " + request.uri().getPath()
                    + " within " + request.timeout().map(Object::toString).orElse("the timeout"), Optional.empty(),
                    true, e);
        } catch (IOException e) {
            throw new VoiceProviderException(provider, provider + " is unreachable at " + request.uri().getPath()
                    + ": " + e.getMessage(), Optional.empty(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceProviderException(provider, "interrupted while waiting for " + provider, Optional.empty(),
                    false, e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            if (body.length() > 300) {
                body = body.substring(0, 300) + "…";
            }
            throw new VoiceProviderException(provider, provider + " answered " + request.uri().getPath()
                    + " with HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body),
                    Optional.of(response.statusCode()), false, null);
        }
        return response.body();
    }
}
