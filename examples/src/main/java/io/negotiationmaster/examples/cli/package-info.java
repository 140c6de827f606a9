/** The examples jar's command line (picocli): demo, scenarios, interpret, progress and db commands. */
package io.negotiationmaster.examples.cli;
