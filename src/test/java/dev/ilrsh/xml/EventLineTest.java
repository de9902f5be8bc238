package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class EventLineTest {

	/** Start tags over several lines, CR LF and lone CR breaks, comments, text over lines, an empty element. */
	private static final String DOCUMENT = "<?xml version=\"1.0\"?>\n<Message xmlns=\"ESFA/ILR/2025-26\">\r\n"
			+ "  <Learner>\n    <LearnRefNumber>A1</LearnRefNumber>\r    <ULN\n   >1000000001</ULN>\n"
			+ "    <!-- a\ncomment -->\n    <FamilyName>two\nlines</FamilyName><GivenNames/>\n"
			+ "    <LearningDelivery\n\n>\n      <AimSeqNumber>1</AimSeqNumber>\n    </LearningDelivery>\n"
			+ "  </Learner>\n</Message>\n";

	@Test
	void readsAaltosLineWithoutMakingALocationAndAgreesWithItAtEveryEvent() throws Exception {
		XMLStreamReader xml = open(SecureXml.fastInputFactory());
		EventLine line = new EventLine(xml);
		assertThat(line.fromScanner()).as("Aalto's scanner field is found").isTrue();
		int events = 0;
		while (xml.hasNext()) {
			xml.next();
			assertThat(line.line()).as("event %d (%d)", events, xml.getEventType())
				.isEqualTo(xml.getLocation().getLineNumber());
			events++;
		}
		assertThat(events).isGreaterThan(20);
	}

	@Test
	void asksAnyOtherReaderForItsLocation() throws Exception {
		XMLStreamReader xml = open(SecureXml.inputFactory());
		EventLine line = new EventLine(xml);
		assertThat(line.fromScanner()).isFalse();
		while (xml.hasNext()) {
			xml.next();
			assertThat(line.line()).isEqualTo(xml.getLocation().getLineNumber());
		}
	}

	private static XMLStreamReader open(XMLInputFactory factory) throws Exception {
		return factory.createXMLStreamReader(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
	}
}
