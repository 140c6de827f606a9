/**
 * A web host over the library's public API: sign-up, login, the scenario catalog, a negotiation chat over a
 * WebSocket room per negotiation, the report with charts and the progress page, served by Javalin from plain
 * HTML, CSS and vanilla JavaScript. Start it with {@code java -jar negotiationmaster-examples.jar serve} or embed
 * it with {@link io.negotiationmaster.examples.web.WebHost#start(io.negotiationmaster.NegotiationMaster,
 * io.negotiationmaster.examples.web.WebHost.Options)}.
 */
package io.negotiationmaster.examples.web;
