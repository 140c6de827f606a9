/** The examples jar's command line (picocli): demo, scenarios, interpret and db commands. */
package io.negotiationmaster.examples.cli;
