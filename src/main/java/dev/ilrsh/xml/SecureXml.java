package dev.ilrsh.xml;

import javax.xml.stream.XMLInputFactory;

/** StAX factories hardened for untrusted files: no DTDs, no external entities, bounded sizes. */
public final class SecureXml {

	private SecureXml() {
	}

	public static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new javax.xml.stream.XMLStreamException("external entities are not allowed");
		});
		// Woodstox limits, in case a future change lets a DTD through: bounded depth, text, entities.
		setIfSupported(factory, "com.ctc.wstx.maxElementDepth", 100);
		setIfSupported(factory, "com.ctc.wstx.maxEntityCount", 100);
		setIfSupported(factory, "com.ctc.wstx.maxEntityDepth", 4);
		setIfSupported(factory, "com.ctc.wstx.maxTextLength", 1_000_000);
		setIfSupported(factory, "com.ctc.wstx.maxAttributeSize", 100_000);
		return factory;
	}

	private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
		if (factory.isPropertySupported(property)) {
			factory.setProperty(property, value);
		}
	}
}
