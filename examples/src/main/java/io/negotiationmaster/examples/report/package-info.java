/**
 * The self-contained HTML performance report: {@link io.negotiationmaster.examples.report.HtmlReport} renders a
 * {@link io.negotiationmaster.examples.report.ReportData} with a Mustache template into one file with inline CSS
 * and inline SVG charts (the negotiation dance, the scores, the progress over sessions).
 */
package io.negotiationmaster.examples.report;
