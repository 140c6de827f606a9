package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way a side wants an issue to go: {@code "high"} or {@code "low"} in JSON. */
public enum Direction {
    /** The side prefers a higher value (a seller on price, a candidate on salary). */
    @JsonProperty("high") HIGH,
    /** The side prefers a lower value (a buyer on price, an employer on salary). */
    @JsonProperty("low") LOW;

    /** The other direction. */
    public Direction opposite() {
        return this == HIGH ? LOW : HIGH;
    }

    /** Whether {@code a} is better than {@code b} for a side wanting this direction. */
    public boolean prefers(java.math.BigDecimal a, java.math.BigDecimal b) {
        int cmp = a.compareTo(b);
        return this == HIGH ? cmp > 0 : cmp < 0;
    }
}
