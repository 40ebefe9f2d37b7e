package cn.gov.gansu.gaoxin.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The platform's one way of writing a PDF (issue 9 item 5, issue 12 item 7): A4, the bundled CJK
 * font (Droid Sans Fallback, Apache-2.0, {@code fonts/}) embedded as a subset so a document prints
 * the same on any machine — it has no Latin glyphs, so digits, Latin letters, punctuation and arrows
 * are set in Liberation Sans (also embedded), each run of characters in the first font that has them —
 * headings, label–value grids, tables with a repeated header and right-aligned numbers, horizontal bar charts drawn as vector graphics, signature lines, and every page footed
 * with the platform's name and 第 n 页. Text goes in as the reader reads it: callers pass names, not
 * codes, and amounts already formatted.
 */
public final class Pdf implements AutoCloseable {

    /** Who wrote the document: the footer of every page and the PDF's creator. */
    public static final String PLATFORM = "甘肃省高新区高质量发展政策管理平台";

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final String LATIN = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xEE, 0xF2, 0xF7);
    private static final Color BAR = new Color(0x2F, 0x6F, 0xB5);
    private static volatile BaseFont base;
    private static volatile BaseFont latin;

    private final Document document;
    private final PdfWriter writer;
    private final Style h1 = new Style(16, Color.BLACK);
    private final Style h2 = new Style(12.5f, Color.BLACK);
    private final Style body = new Style(10, Color.BLACK);
    private final Style small = new Style(8.5f, Color.DARK_GRAY);
    private final Style bold = new Style(10, new Color(0x11, 0x22, 0x44));
    private final Style chart = new Style(8.5f, Color.BLACK);

    private Pdf(OutputStream out, Rectangle size, String title) {
        this.document = new Document(size, 48, 48, 54, 54);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new Footer(small));
        document.addTitle(title);
        document.addCreator(PLATFORM);
        document.addAuthor(PLATFORM);
        document.open();
    }

    /** A4 portrait: forms and notices. The stream stays open after {@link #close()}. */
    public static Pdf a4(OutputStream out, String title) {
        return new Pdf(out, PageSize.A4, title);
    }

    /** A4 landscape: wide lists (公示名单, the annual report's tables). */
    public static Pdf a4Landscape(OutputStream out, String title) {
        return new Pdf(out, PageSize.A4.rotate(), title);
    }

    /**
     * Liberation Sans (SIL OFL, shipped inside OpenPDF as its fallback font): Latin letters, digits,
     * punctuation and arrows, embedded as a subset like the CJK font.
     */
    static BaseFont latin() {
        BaseFont f = latin;
        if (f == null) {
            synchronized (Pdf.class) {
                f = latin;
                if (f == null) {
                    try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(LATIN)) {
                        if (in == null) {
                            throw new IllegalStateException("缺少内置西文字体 " + LATIN);
                        }
                        f = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                                in.readAllBytes(), null);
                        latin = f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return f;
    }

    /** The bundled font, read once (about 4 MB; only the glyphs used are embedded in each document). */
    static BaseFont font() {
        BaseFont f = base;
        if (f == null) {
            synchronized (Pdf.class) {
                f = base;
                if (f == null) {
                    try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IllegalStateException("缺少内置中文字体 " + FONT);
                        }
                        f = BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                                true, in.readAllBytes(), null);
                        base = f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return f;
    }

    /** The document's title, centred. */
    public Pdf heading(String text) {
        Paragraph p = paragraph(text, h1);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return add(p);
    }

    /** A line under the title (number, date, period), centred and small. */
    public Pdf note(String text) {
        Paragraph p = paragraph(text, small);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(10);
        return add(p);
    }

    /** A section heading. */
    public Pdf section(String text) {
        Paragraph p = paragraph(text, h2);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        return add(p);
    }

    /** Running text; {@code indent} starts it with two full-width spaces, as Chinese letters do. */
    public Pdf paragraph(String text, boolean indent) {
        Paragraph p = paragraph((indent ? "\u3000\u3000" : "") + text, body);
        p.setSpacingAfter(6);
        return add(p);
    }

    /** A small remark (the document's origin, what it leaves out). */
    public Pdf remark(String text) {
        Paragraph p = paragraph(text, small);
        p.setSpacingBefore(8);
        return add(p);
    }

    /** A label–value grid, two pairs a row; a value of null prints —. */
    public Pdf fields(List<Field> fields) {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 2.7f, 1.3f, 2.7f});
        t.setWidthPercentage(100);
        int used = 0;
        for (Field f : fields) {
            int span = f.wide() ? 3 : 1;
            if (f.wide() && used % 4 != 0) {
                t.addCell(cell("", body, 4 - used % 4));
                used += 4 - used % 4;
            }
            t.addCell(header(f.label()));
            t.addCell(cell(f.value() == null ? "—" : f.value(), body, span));
            used += 1 + span;
        }
        if (used % 4 != 0) {
            t.addCell(cell("", body, 4 - used % 4));
        }
        t.setSpacingAfter(8);
        return add(t);
    }

    /**
     * A table whose header repeats on every page; columns in {@code numeric} are right-aligned;
     * {@code footer} (may be null) is one last row, e.g. 合计. Relative column widths may be null (equal).
     */
    public Pdf table(List<String> headers, float[] widths, List<List<String>> rows, Set<Integer> numeric,
            List<String> footer) {
        PdfPTable t = widths == null ? new PdfPTable(headers.size()) : new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            t.addCell(header(h));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < headers.size(); i++) {
                String v = i < row.size() ? row.get(i) : "";
                PdfPCell c = cell(v == null ? "—" : v, body, 1);
                if (numeric.contains(i)) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        if (footer != null) {
            for (int i = 0; i < headers.size(); i++) {
                PdfPCell c = cell(i < footer.size() && footer.get(i) != null ? footer.get(i) : "", bold, 1);
                c.setBackgroundColor(HEAD);
                if (numeric.contains(i)) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        t.setSpacingAfter(8);
        return add(t);
    }

    /**
     * A horizontal bar chart: one bar a label, scaled to the largest value, the value written at the
     * bar's end with its unit. A null value is drawn as no bar and written 未报送 (missing is never 0).
     */
    public Pdf barChart(String title, List<String> labels, List<BigDecimal> values, String unit) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("labels and values differ in length");
        }
        float width = document.right() - document.left();
        float rowHeight = 15;
        float labelWidth = 120;
        float valueWidth = 90;
        float height = 22 + rowHeight * Math.max(1, labels.size());
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(width, height);
        ColumnText.showTextAligned(tpl, Element.ALIGN_LEFT,
                bold.phrase(title + (unit == null || unit.isBlank() ? "" : "（" + unit + "）")), 0, height - 12, 0);
        BigDecimal max = values.stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        float barSpace = width - labelWidth - valueWidth;
        for (int i = 0; i < labels.size(); i++) {
            float y = height - 22 - rowHeight * (i + 1) + 3;
            BigDecimal v = values.get(i);
            float len = v == null || v.signum() <= 0 ? 0
                    : v.divide(max, 6, RoundingMode.HALF_UP).floatValue() * barSpace;
            if (len > 0) {
                tpl.setColorFill(BAR);
                tpl.rectangle(labelWidth, y, Math.max(len, 0.8f), rowHeight - 5);
                tpl.fill();
            }
            ColumnText.showTextAligned(tpl, Element.ALIGN_RIGHT, chart.phrase(clip(labels.get(i), 14)), labelWidth - 6,
                    y + 2, 0);
            ColumnText.showTextAligned(tpl, Element.ALIGN_LEFT, chart.phrase(v == null ? "未报送" : v.toPlainString()),
                    labelWidth + len + 4, y + 2, 0);
        }
        tpl.setColorStroke(RULE);
        tpl.setLineWidth(0.5f);
        tpl.moveTo(labelWidth, height - 22);
        tpl.lineTo(labelWidth, height - 22 - rowHeight * labels.size());
        tpl.stroke();
        try {
            Image image = Image.getInstance(tpl);
            image.setSpacingAfter(10);
            return add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signature lines (经办人、审核人、盖章), spread across the page. */
    public Pdf signatures(String... labels) {
        PdfPTable t = new PdfPTable(labels.length);
        t.setWidthPercentage(100);
        t.setSpacingBefore(24);
        for (String l : labels) {
            PdfPCell c = new PdfPCell(body.phrase(l));
            c.setBorder(Rectangle.NO_BORDER);
            c.setMinimumHeight(28);
            t.addCell(c);
        }
        return add(t);
    }

    /** Starts a new page. */
    public Pdf newPage() {
        document.newPage();
        return this;
    }

    @Override
    public void close() {
        document.close();
    }

    private Pdf add(Element e) {
        try {
            document.add(e);
            return this;
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private PdfPCell header(String text) {
        PdfPCell c = cell(text, bold, 1);
        c.setBackgroundColor(HEAD);
        return c;
    }

    private static Paragraph paragraph(String text, Style style) {
        Paragraph p = new Paragraph(style.phrase(text));
        p.setLeading(style.size() * 1.5f);
        return p;
    }

    private static PdfPCell cell(String text, Style style, int span) {
        PdfPCell c = new PdfPCell(style.phrase(text));
        c.setColspan(span);
        c.setPadding(4);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * A size and colour; its phrases set each run of characters in Liberation Sans when it has them,
     * else in the CJK font. (OpenPDF's FontSelector would do the same but reads a font resource each
     * time it is constructed — 2 ms a phrase.)
     */
    private record Style(float size, Color color) {

        Phrase phrase(String text) {
            Font latin = new Font(latin(), size, Font.NORMAL, color);
            Font cjk = new Font(font(), size, Font.NORMAL, color);
            Phrase phrase = new Phrase();
            StringBuilder run = new StringBuilder();
            Boolean runLatin = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean isLatin = latin().charExists(c) || !font().charExists(c) && (c == '\n' || c == '\r');
                if (runLatin != null && isLatin != runLatin) {
                    phrase.add(new Chunk(run.toString(), runLatin ? latin : cjk));
                    run.setLength(0);
                }
                runLatin = isLatin;
                run.append(c);
            }
            if (run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runLatin ? latin : cjk));
            }
            return phrase;
        }
    }

    /** A label and its value in a {@link #fields} grid; {@code wide} spans the row. */
    public record Field(String label, String value, boolean wide) {

        public static Field of(String label, String value) {
            return new Field(label, value, false);
        }

        public static Field wide(String label, String value) {
            return new Field(label, value, true);
        }
    }

    /** 平台名 · 第 n 页 under every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final Style style;

        Footer(Style style) {
            this.style = style;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase p = style.phrase(PLATFORM + " · 第 " + writer.getPageNumber() + " 页");
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, p,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
