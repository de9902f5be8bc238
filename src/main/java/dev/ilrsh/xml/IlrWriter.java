package dev.ilrsh.xml;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlAttribute;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.model.XmlNode;
import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.progress.Progress;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the model as a 2025-26 ILR file: schema order, UTF-8, values as they were read unless changed, unknown
 * elements back where they were.
 */
public final class IlrWriter {

	private static final String INDENT = "  ";

	private IlrWriter() {
	}

	/**
	 * Writes {@code message} as a new file (see {@link OutputFile} for what is promised about it).
	 */
	public static void write(Message message, OutputFile target) throws OutputFileException {
		write(message, target, Progress.NONE);
	}

	/** As {@link #write(Message, OutputFile)}, telling {@code progress} as each learner is written. */
	public static void write(Message message, OutputFile target, Progress progress) throws OutputFileException {
		target.writeText(out -> write(message, Progress.counting(message.learners().iterator(),
				message.learners().size(), progress), out));
	}

	/** Writes {@code message} as XML text to {@code out}. */
	public static void write(Message message, Writer out) throws IOException {
		write(message, message.learners().iterator(), out);
	}

	/**
	 * Writes a file whose learners come one at a time, so a very large file need not be held in memory.
	 *
	 * @param frame the header, source files and provider (its own learners are ignored)
	 */
	public static void write(Message frame, Iterator<Learner> learners, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
		new Output(out, learners).entity(IlrSchema.MESSAGE, frame, 0, true);
		out.write('\n');
	}

	private static final class Output {

		private final Writer out;
		private final Iterator<Learner> learners;

		Output(Writer out, Iterator<Learner> learners) {
			this.out = out;
			this.learners = learners;
		}

		void entity(EntitySpec spec, IlrEntity entity, int depth, boolean root) throws IOException {
			XmlExtras extras = entity.extras();
			indent(depth);
			out.write('<');
			out.write(spec.name());
			if (root) {
				out.write(" xmlns=\"");
				out.write(IlrSchema.NAMESPACE);
				out.write('"');
			}
			attributes(extras.attributes(), root ? IlrSchema.NAMESPACE : null);
			out.write(">\n");
			unknown(extras, null, depth + 1);
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				Member member = members.get(i);
				Object value = spec.get(entity, i);
				if (member instanceof FieldSpec field) {
					String text = text(field, value, extras.rawValues().get(field.name()));
					if (text != null) {
						indent(depth + 1);
						out.write('<');
						out.write(field.name());
						out.write('>');
						escape(text, false);
						out.write("</");
						out.write(field.name());
						out.write(">\n");
					}
				}
				else if (root && ((ChildSpec) member).entity() == IlrSchema.LEARNER) {
					while (learners.hasNext()) {
						Cancellation.check();
						entity(IlrSchema.LEARNER, learners.next(), depth + 1, false);
					}
				}
				else if (value instanceof List<?> list) {
					for (Object child : list) {
						entity(((ChildSpec) member).entity(), (IlrEntity) child, depth + 1, false);
					}
				}
				else if (value != null) {
					entity(((ChildSpec) member).entity(), (IlrEntity) value, depth + 1, false);
				}
				unknown(extras, member.name(), depth + 1);
			}
			indent(depth);
			out.write("</");
			out.write(spec.name());
			out.write(">\n");
		}

		/** The text to write for a field: as it was read when the value has not changed since, else canonical. */
		private static String text(FieldSpec field, Object value, String raw) {
			if (raw != null && (value == null || Objects.equals(parseOrNull(field, raw), value))) {
				return raw;
			}
			return value == null ? null : field.type().format(value);
		}

		private static Object parseOrNull(FieldSpec field, String raw) {
			try {
				return field.type().parse(raw);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

		private void unknown(XmlExtras extras, String after, int depth) throws IOException {
			for (UnknownElement element : extras.unknown()) {
				if (Objects.equals(element.after(), after)) {
					node(element.node(), depth, IlrSchema.NAMESPACE);
				}
			}
		}

		private void node(XmlNode node, int depth, String parentNamespace) throws IOException {
			indent(depth);
			out.write('<');
			out.write(node.localName());
			if (!node.namespaceUri().equals(parentNamespace)) {
				out.write(" xmlns=\"");
				escape(node.namespaceUri(), true);
				out.write('"');
			}
			attributes(node.attributes(), null);
			if (node.children().isEmpty()) {
				out.write('>');
				escape(node.text(), false);
			}
			else {
				out.write(">\n");
				for (XmlNode child : node.children()) {
					node(child, depth + 1, node.namespaceUri());
				}
				indent(depth);
			}
			out.write("</");
			out.write(node.localName());
			out.write(">\n");
		}

		private void attributes(List<XmlAttribute> attributes, String skip) throws IOException {
			Map<String, String> prefixes = new LinkedHashMap<>();
			for (XmlAttribute a : attributes) {
				if (!a.prefix().isEmpty()) {
					prefixes.putIfAbsent(a.prefix(), a.namespaceUri());
				}
			}
			for (Map.Entry<String, String> p : prefixes.entrySet()) {
				out.write(" xmlns:");
				out.write(p.getKey());
				out.write("=\"");
				escape(p.getValue(), true);
				out.write('"');
			}
			for (XmlAttribute a : attributes) {
				out.write(' ');
				out.write(a.qualifiedName());
				out.write("=\"");
				escape(a.value(), true);
				out.write('"');
			}
		}

		private void indent(int depth) throws IOException {
			for (int i = 0; i < depth; i++) {
				out.write(INDENT);
			}
		}

		/**
		 * Writes text with markup escaped. A character XML 1.0 cannot carry at all (a control character read from an
		 * XML 1.1 file, a lone surrogate, U+FFFE or U+FFFF) is left out: any stand-in would put a visible character
		 * into a name or code that was never typed, and the reader has already reported each one as a load problem.
		 */
		private void escape(String text, boolean attribute) throws IOException {
			int start = 0;
			int n = text.length();
			for (int i = 0; i < n; i++) {
				char c = text.charAt(i);
				if (c > '>' && c < 0xD800) {
					continue;
				}
				String replacement = switch (c) {
					case '&' -> "&amp;";
					case '<' -> "&lt;";
					case '>' -> "&gt;";
					case '"' -> attribute ? "&quot;" : null;
					case '\r' -> "&#13;";
					case '\t' -> attribute ? "&#9;" : null;
					case '\n' -> attribute ? "&#10;" : null;
					default -> null;
				};
				if (replacement == null) {
					if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
						i++;
						continue;
					}
					if (XmlChars.allowed(c) && !Character.isSurrogate(c)) {
						continue;
					}
					replacement = "";
				}
				out.write(text, start, i - start);
				out.write(replacement);
				start = i + 1;
			}
			out.write(text, start, n - start);
		}
	}
}
