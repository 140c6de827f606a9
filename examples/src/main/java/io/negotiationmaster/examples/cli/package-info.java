/** The examples jar's command line (picocli): demo, progress, scenarios, interpret and db commands. */
package io.negotiationmaster.examples.cli;
