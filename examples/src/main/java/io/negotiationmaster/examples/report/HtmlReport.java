package io.negotiationmaster.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a negotiation's performance report as one self-contained HTML page: inline CSS and inline SVG charts,
 * no scripts, fonts or other files to fetch, so it opens offline and can be mailed or archived as it is.
 *
 * <p>The page is rendered from the Mustache template {@code io/negotiationmaster/examples/report/report.mustache}
 * on the class path. Every text taken from the negotiation (the transcript above all) is HTML-escaped by the
 * template engine; the charts' coordinates are computed here and passed as values.
 *
 * <p>An instance is immutable and may be shared between threads.
 */
public final class HtmlReport {
    private static final String TEMPLATES = "io/negotiationmaster/examples/report";

    private final Mustache template;

    /** Compiles the bundled template. */
    public HtmlReport() {
        this.template = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
    }

    /** The report page of {@code data}, as UTF-8 HTML text. */
    public String render(ReportData data) {
        StringWriter out = new StringWriter();
        template.execute(out, ReportView.of(data));
        return out.toString();
    }

    /**
     * Writes the report page of {@code data} to {@code file} (replacing it), creating missing parent folders.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(ReportData data, Path file) {
        String html = render(data);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
    }
}
