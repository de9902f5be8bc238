package dev.ilrsh.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.in.ByteSourceBootstrapper;
import com.fasterxml.aalto.in.ReaderConfig;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.StreamReaderImpl;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX factories hardened for untrusted files: no DTDs, no external entities, bounded sizes. Both parsers are
 * named rather than found on the class path, so that adding one never changes which parser other code gets.
 */
public final class SecureXml {

	private SecureXml() {
	}

	/** Woodstox, with its limits on depth, text and attribute sizes: the parser whose judgement is final. */
	public static XMLInputFactory inputFactory() {
		XMLInputFactory factory = harden(new WstxInputFactory());
		// a DTD is refused before it is read, but these bound the parser even so
		factory.setProperty("com.ctc.wstx.maxElementDepth", Limits.DEPTH);
		factory.setProperty("com.ctc.wstx.maxEntityCount", 100);
		factory.setProperty("com.ctc.wstx.maxEntityDepth", 4);
		factory.setProperty("com.ctc.wstx.maxTextLength", Limits.TEXT);
		factory.setProperty("com.ctc.wstx.maxAttributeSize", Limits.ATTRIBUTE_SIZE);
		factory.setProperty("com.ctc.wstx.maxAttributesPerElement", Limits.ATTRIBUTES);
		return factory;
	}

	/**
	 * Aalto, about twice as fast on UTF-8 but without limits of its own: the reader watches the limits itself and
	 * hands anything doubtful to {@link #inputFactory()} (see {@link IlrReader}).
	 */
	static XMLInputFactory fastInputFactory() {
		return harden(new InputFactoryImpl());
	}

	/**
	 * A reader of bytes already in memory, from a factory made by {@link #fastInputFactory()}: Aalto is given the
	 * array itself as its buffer, where from a stream it copies 4,000 bytes at a time and takes its slower way
	 * with every name or text cut at the end of one.
	 */
	static XMLStreamReader fastReader(XMLInputFactory factory, byte[] bytes, int start, int length)
			throws XMLStreamException {
		if (factory instanceof InputFactoryImpl aalto) {
			ReaderConfig config = aalto.getNonSharedConfig(null, null, null, false, false);
			return StreamReaderImpl.construct(ByteSourceBootstrapper.construct(config, bytes, start, length));
		}
		return factory.createXMLStreamReader(new ByteArrayInputStream(bytes, start, length));
	}

	private static XMLInputFactory harden(XMLInputFactory factory) {
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new javax.xml.stream.XMLStreamException("external entities are not allowed");
		});
		return factory;
	}

	/** The sizes beyond which a file is taken to be damaged or hostile. */
	static final class Limits {

		static final int DEPTH = 100;
		static final int TEXT = 1_000_000;
		static final int ATTRIBUTE_SIZE = 100_000;
		static final int ATTRIBUTES = 1000;

		private Limits() {
		}
	}
}
