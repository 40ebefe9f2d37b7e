package cn.gov.gansu.gaoxin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The text of a PDF answered by the platform, as a reader's viewer extracts it, after checking it is a
 * PDF with the bundled CJK font embedded. The file is kept under {@code target/pdf/<name>.pdf} for a
 * look at the layout ({@code pdftoppm -png}). Whitespace is dropped: text extraction puts a
 * space wherever the font changes and a line break wherever a cell wraps.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(String name, MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/FontFile2");
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), bytes);
        PdfReader reader = new PdfReader(bytes);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor x = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                text.append(x.getTextFromPage(i)).append('\n');
            }
            // without any whitespace: the extractor puts a space where the font changes (Helvetica digits beside
            // CJK) and a line break where a table cell wraps, even inside a word
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }
}
