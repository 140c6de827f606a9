package io.negotiationmaster.voice.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a speech provider answers and how long to wait for it.
 *
 * @param baseUrl the provider's root, without {@code /v1} ({@code https://api.openai.com},
 *     {@code https://api.elevenlabs.io}, or a local compatible server)
 * @param apiKey the key sent with every request (never logged)
 * @param timeout how long one request may take, connection included
 */
public record HttpVoiceSettings(URI baseUrl, String apiKey, Duration timeout) {

    /** Validates: an http(s) URL, a key, a positive timeout. */
    public HttpVoiceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must be http or https, was " + baseUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The URL of {@code path} ({@code /v1/...}) under the base URL. */
    URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    @Override
    public String toString() {
        return "HttpVoiceSettings[baseUrl=" + baseUrl + ", apiKey=***, timeout=" + timeout + "]";
    }
}
