package dev.ilrsh.refdata;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ilrsh's own compact form of the LARS it keeps: one file of bytes, read whole and searched in place. Aims are kept
 * sorted by reference behind a table of positions, standards by code, so that finding one is a binary search and
 * nothing is decoded until asked for. Opening it costs one read of the file, whatever its size.
 *
 * <pre>
 * "ILRSHLARS" format(int)
 * aims(int)      position(int) × aims, in reference order
 * standards(int) code(int) × standards, position(int) × standards
 * categories(int) category(int) × categories, parent(int) × categories
 * aim records, standard records
 * </pre>
 * Numbers and dates (days since 1970) are 4-byte integers, {@link Integer#MIN_VALUE} standing for none; text is a
 * 2-byte length and UTF-8.
 */
final class LarsCache {

	private static final byte[] MAGIC = "ILRSHLARS".getBytes(StandardCharsets.US_ASCII);

	/** Raised when the layout of the file changes; an older cache is then refused and must be imported again. */
	static final int FORMAT = 1;

	private static final int NONE = Integer.MIN_VALUE;

	private LarsCache() {
	}

	/** The cache's bytes for these aims, standards and category parents. */
	static byte[] encode(Map<String, Lars.Aim> aims, Map<Integer, Lars.Standard> standards,
			Map<Integer, Integer> parents) {
		try {
			TreeMap<String, Lars.Aim> sortedAims = new TreeMap<>(aims);
			TreeMap<Integer, Lars.Standard> sortedStandards = new TreeMap<>(standards);
			TreeMap<Integer, Integer> sortedParents = new TreeMap<>(parents);
			int header = MAGIC.length + 4 + 4 + 4 * sortedAims.size() + 4 + 8 * sortedStandards.size() + 4
					+ 8 * sortedParents.size();
			ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
			DataOutputStream out = new DataOutputStream(body);
			int[] aimPositions = new int[sortedAims.size()];
			int i = 0;
			for (Lars.Aim a : sortedAims.values()) {
				aimPositions[i++] = header + out.size();
				writeAim(out, a);
			}
			int[] standardPositions = new int[sortedStandards.size()];
			i = 0;
			for (Lars.Standard s : sortedStandards.values()) {
				standardPositions[i++] = header + out.size();
				writeStandard(out, s);
			}
			out.flush();
			ByteArrayOutputStream all = new ByteArrayOutputStream(header + body.size());
			DataOutputStream file = new DataOutputStream(all);
			file.write(MAGIC);
			file.writeInt(FORMAT);
			file.writeInt(aimPositions.length);
			for (int p : aimPositions) {
				file.writeInt(p);
			}
			file.writeInt(standardPositions.length);
			for (int code : sortedStandards.keySet()) {
				file.writeInt(code);
			}
			for (int p : standardPositions) {
				file.writeInt(p);
			}
			file.writeInt(sortedParents.size());
			for (int c : sortedParents.keySet()) {
				file.writeInt(c);
			}
			for (int parent : sortedParents.values()) {
				file.writeInt(parent);
			}
			body.writeTo(file);
			file.flush();
			return all.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void writeAim(DataOutputStream out, Lars.Aim a) throws IOException {
		text(out, a.learnAimRef());
		text(out, a.title());
		text(out, a.learnAimRefType());
		text(out, a.level());
		date(out, a.effectiveFrom());
		date(out, a.effectiveTo());
		number(out, a.englPrscId());
		number(out, a.frameworkCommonComponent());
		out.writeInt(a.validities().size());
		for (Lars.Validity v : a.validities()) {
			validity(out, v);
		}
		out.writeInt(a.categories().size());
		for (Lars.CategoryPeriod c : a.categories()) {
			out.writeInt(c.categoryRef());
			date(out, c.from());
			date(out, c.to());
		}
		out.writeInt(a.annualValues().size());
		for (Lars.AnnualValue v : a.annualValues()) {
			number(out, v.basicSkillsType());
			date(out, v.from());
			date(out, v.to());
		}
		out.writeInt(a.frameworks().size());
		for (Lars.FrameworkAim f : a.frameworks()) {
			out.writeInt(f.fworkCode());
			out.writeInt(f.progType());
			out.writeInt(f.pwayCode());
			date(out, f.from());
			date(out, f.to());
		}
	}

	private static void writeStandard(DataOutputStream out, Lars.Standard s) throws IOException {
		out.writeInt(s.code());
		text(out, s.title());
		number(out, s.level());
		date(out, s.effectiveFrom());
		date(out, s.lastDateStarts());
		date(out, s.effectiveTo());
		text(out, s.typeCode());
		out.writeInt(s.validities().size());
		for (Lars.Validity v : s.validities()) {
			validity(out, v);
		}
		out.writeInt(s.fundings().size());
		for (Lars.Funding f : s.fundings()) {
			text(out, f.fundingCategory());
			date(out, f.from());
			date(out, f.to());
			text(out, f.coreGovContributionCap() == null ? null : f.coreGovContributionCap().toPlainString());
		}
	}

	private static void validity(DataOutputStream out, Lars.Validity v) throws IOException {
		text(out, v.category());
		date(out, v.start());
		date(out, v.end());
		date(out, v.lastNewStart());
	}

	private static void text(DataOutputStream out, String s) throws IOException {
		if (s == null) {
			out.writeShort(0xFFFF);
			return;
		}
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		int length = Math.min(b.length, 0xFFFE);
		out.writeShort(length);
		out.write(b, 0, length);
	}

	private static void date(DataOutputStream out, LocalDate d) throws IOException {
		out.writeInt(d == null ? NONE : (int) d.toEpochDay());
	}

	private static void number(DataOutputStream out, Integer n) throws IOException {
		out.writeInt(n == null ? NONE : n);
	}

	/** Reads aims and standards from a cache file's bytes, in place. Safe to use from several threads. */
	static final class Reader {

		private final byte[] bytes;
		private final ByteBuffer buffer;
		private final int aims;
		private final int aimTable;
		private final int[] standardCodes;
		private final int standardTable;
		private final int[] categories;
		private final int[] parents;

		Reader(byte[] bytes, String source) {
			this.bytes = bytes;
			this.buffer = ByteBuffer.wrap(bytes);
			if (bytes.length < MAGIC.length + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
				throw new RefDataException(source + " is not an ilrsh LARS cache; import the LARS download again");
			}
			int at = MAGIC.length;
			int format = buffer.getInt(at);
			if (format != FORMAT) {
				throw new RefDataException(source + " was written by another version of ilrsh (cache format " + format
						+ ", this version reads " + FORMAT + "); import the LARS download again");
			}
			try {
				aims = buffer.getInt(at + 4);
				aimTable = at + 8;
				at = aimTable + 4 * aims;
				int standards = buffer.getInt(at);
				standardCodes = new int[standards];
				for (int i = 0; i < standards; i++) {
					standardCodes[i] = buffer.getInt(at + 4 + 4 * i);
				}
				standardTable = at + 4 + 4 * standards;
				at = standardTable + 4 * standards;
				int n = buffer.getInt(at);
				categories = new int[n];
				parents = new int[n];
				for (int i = 0; i < n; i++) {
					categories[i] = buffer.getInt(at + 4 + 4 * i);
					parents[i] = buffer.getInt(at + 4 + 4 * n + 4 * i);
				}
			}
			catch (IndexOutOfBoundsException e) {
				throw new RefDataException(source + " is cut short; import the LARS download again", e);
			}
		}

		int aimCount() {
			return aims;
		}

		int[] standardCodes() {
			return standardCodes.clone();
		}

		Integer parentCategory(int category) {
			int i = Arrays.binarySearch(categories, category);
			return i < 0 ? null : parents[i];
		}

		/** The aim with this reference (upper case), or null. */
		Lars.Aim aim(String key) {
			byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
			int low = 0;
			int high = aims - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				int position = buffer.getInt(aimTable + 4 * mid);
				int c = compareKey(position, wanted);
				if (c < 0) {
					low = mid + 1;
				}
				else if (c > 0) {
					high = mid - 1;
				}
				else {
					return new Cursor(position).aim();
				}
			}
			return null;
		}

		/**
		 * Compares the key stored at a position with a wanted key, byte by byte, without decoding it: the order the
		 * keys were written in (reference order), since references are plain ASCII.
		 */
		private int compareKey(int position, byte[] wanted) {
			int length = buffer.getShort(position) & 0xFFFF;
			return Arrays.compareUnsigned(bytes, position + 2, position + 2 + length, wanted, 0, wanted.length);
		}

		/** The standard with this code, or null. */
		Lars.Standard standard(int code) {
			int i = Arrays.binarySearch(standardCodes, code);
			return i < 0 ? null : new Cursor(buffer.getInt(standardTable + 4 * i)).standard();
		}

		/** A reading position of its own, so that threads do not share one. */
		private final class Cursor {

			private int at;

			Cursor(int at) {
				this.at = at;
			}

			int integer() {
				int v = buffer.getInt(at);
				at += 4;
				return v;
			}

			Integer number() {
				int v = integer();
				return v == NONE ? null : v;
			}

			LocalDate date() {
				int v = integer();
				return v == NONE ? null : LocalDate.ofEpochDay(v);
			}

			String text() {
				int length = buffer.getShort(at) & 0xFFFF;
				at += 2;
				if (length == 0xFFFF) {
					return null;
				}
				String s = new String(bytes, at, length, StandardCharsets.UTF_8);
				at += length;
				return s;
			}

			Lars.Validity validity() {
				return new Lars.Validity(text(), date(), date(), date());
			}

			Lars.Aim aim() {
				String key = text();
				String title = text();
				String type = text();
				String level = text();
				LocalDate from = date();
				LocalDate to = date();
				Integer prescribed = number();
				Integer common = number();
				List<Lars.Validity> validities = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					validities.add(validity());
				}
				List<Lars.CategoryPeriod> cats = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					cats.add(new Lars.CategoryPeriod(integer(), date(), date()));
				}
				List<Lars.AnnualValue> values = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					values.add(new Lars.AnnualValue(number(), date(), date()));
				}
				List<Lars.FrameworkAim> frameworks = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					frameworks.add(new Lars.FrameworkAim(integer(), integer(), integer(), date(), date()));
				}
				return new Lars.Aim(key, title, type, level, from, to, prescribed, common, validities, cats, values,
						frameworks);
			}

			Lars.Standard standard() {
				int code = integer();
				String title = text();
				Integer level = number();
				LocalDate from = date();
				LocalDate last = date();
				LocalDate to = date();
				String type = text();
				List<Lars.Validity> validities = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					validities.add(validity());
				}
				List<Lars.Funding> fundings = new ArrayList<>();
				for (int n = integer(); n > 0; n--) {
					String category = text();
					LocalDate f = date();
					LocalDate t = date();
					String cap = text();
					fundings.add(new Lars.Funding(category, f, t, cap == null ? null : new BigDecimal(cap)));
				}
				return new Lars.Standard(code, title, level, from, last, to, type, validities, fundings);
			}
		}
	}
}
