package dev.ilrsh.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Validates files against the DfE's 2025-26 schema in ../shared/reference, when that file is present. */
public final class Xsd {

	private static final Path SCHEMA = locate();
	private static Schema schema;

	private Xsd() {
	}

	private static Path locate() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/reference/ILR-2025-26-schema.xsd");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	public static boolean available() {
		return SCHEMA != null;
	}

	/** The schema errors of a file: empty when it is valid. Skips the calling test when the schema is absent. */
	public static List<String> errors(Path file) throws Exception {
		Assumptions.assumeTrue(available(), "the 2025-26 XSD is not beside the checkout");
		List<String> errors = new ArrayList<>();
		Validator validator = schema().newValidator();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
			}
		});
		validator.validate(new StreamSource(file.toFile()));
		return errors;
	}

	/** Asserts that {@code file} is valid against the 2025-26 schema (when the schema is present). */
	public static void assertValid(Path file) throws Exception {
		if (!available()) {
			return;
		}
		assertThat(errors(file)).as("XSD errors in " + file.getFileName()).isEmpty();
	}

	private static synchronized Schema schema() throws Exception {
		if (schema == null) {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			schema = factory.newSchema(SCHEMA.toFile());
		}
		return schema;
	}
}
