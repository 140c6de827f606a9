/**
 * JMH microbenchmarks of the engine's three steps, a whole engine turn and the scoring of a 100-message
 * negotiation. Run from the shaded jar: {@code java -cp examples/target/negotiationmaster-examples.jar
 * org.openjdk.jmh.Main <regex>} or {@code java -jar examples/target/negotiationmaster-examples.jar bench --jmh
 * <regex>}.
 */
package io.negotiationmaster.examples.bench.jmh;
