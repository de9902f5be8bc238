package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
import dev.ilrsh.model.IlrSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/** The fast way of reading values gives what the general way gives, or leaves the text to it. */
class FastValuesTest {

	private final FastValues fast = new FastValues();

	@Test
	void canonicalTextGivesTheValueTheGeneralParseGives() {
		for (String text : List.of("0", "7", "-3", "2147483647", "-2147483648", "65535", "65536", "123456789")) {
			assertThat(canonical(FieldType.INT, text)).as(text).isEqualTo(FieldType.INT.parse(text));
		}
		for (String text : List.of("1000000043", "9999999999", "-5", "123456789012345678")) {
			assertThat(canonical(FieldType.LONG, text)).as(text).isEqualTo(FieldType.LONG.parse(text));
		}
		for (String text : List.of("2025-10-22", "1899-12-31", "2150-01-01", "0001-01-01", "2024-02-29")) {
			assertThat(canonical(FieldType.DATE, text)).as(text).isEqualTo(FieldType.DATE.parse(text));
		}
	}

	@Test
	void anythingElseIsLeftToTheGeneralParse() {
		for (String text : List.of("07", "+7", " 7", "-0", "-", "", "2147483648", "1e3", "7 ")) {
			assertThat(canonical(FieldType.INT, text)).as(text).isNull();
		}
		for (String text : List.of("2025-02-30", "2025-10-22Z", "22/10/2025", "2025-1-022", "2025-13-01", "2025-10-2x")) {
			assertThat(canonical(FieldType.DATE, text)).as(text).isNull();
		}
		assertThat(canonical(FieldType.DECIMAL, "1.5")).isNull();
		assertThat(canonical(FieldType.DATE_TIME, "2025-11-20T09:30:00")).isNull();
	}

	@Test
	void shortTextsAreSharedAndLongOnesAreNot() {
		String a = fast.text("ZPROG001".toCharArray(), 0, 8);
		assertThat(fast.text("xZPROG001x".toCharArray(), 1, 8)).isSameAs(a);
		String longer = "Flat 3, 14 Acacia Avenue";
		assertThat(fast.text(longer.toCharArray(), 0, longer.length())).isEqualTo(longer)
			.isNotSameAs(fast.text(longer.toCharArray(), 0, longer.length()));
		for (int i = 0; i < 50_000; i++) {
			fast.text(Integer.toString(i, 36).toCharArray(), 0, Integer.toString(i, 36).length());
		}
		assertThat(fast.text("ZPROG001".toCharArray(), 0, 8)).isSameAs(a);
	}

	@Test
	void onceTheTableIsFullNewTextsAreMadeAfreshAndTheSharedOnesStillShared() {
		String early = fast.text("ZPROG001".toCharArray(), 0, 8);
		for (int i = 1; i < FastValues.MOST_SHARED; i++) {
			fast.text(("L" + i).toCharArray(), 0, ("L" + i).length());
		}
		char[] late = "NEW00001".toCharArray();
		String first = fast.text(late, 0, late.length);
		String second = fast.text(late, 0, late.length);
		assertThat(second).isEqualTo("NEW00001").isNotSameAs(first);
		assertThat(fast.passed(IlrSchema.LEARNER.member("LearnRefNumber"))).isFalse();
		assertThat(fast.text("ZPROG001".toCharArray(), 0, 8)).isSameAs(early);
	}

	@Test
	void aTextThatPassedAFieldsChecksIsRememberedForThatFieldOnly() {
		FieldSpec aimRef = (FieldSpec) IlrSchema.LEARNING_DELIVERY.member("LearnAimRef");
		FieldSpec sex = (FieldSpec) IlrSchema.LEARNER.member("Sex");
		fast.text("ZPROG001".toCharArray(), 0, 8);
		assertThat(fast.passed(aimRef)).isFalse();
		fast.pass(aimRef);
		fast.text("ZPROG001".toCharArray(), 0, 8);
		assertThat(fast.passed(aimRef)).isTrue();
		assertThat(fast.passed(sex)).isFalse();
	}

	@Test
	void wholeNumberChecksAgreeWithTheDecimalOnes() {
		Random random = new Random(11);
		for (var spec : IlrSchema.all()) {
			for (var member : spec.members()) {
				if (member instanceof FieldSpec field
						&& (field.type() == FieldType.INT || field.type() == FieldType.LONG)) {
					for (int i = 0; i < 2000; i++) {
						long v = switch (i % 4) {
							case 0 -> random.nextInt(200) - 50;
							case 1 -> random.nextInt();
							case 2 -> random.nextLong() / (1L << random.nextInt(63));
							default -> (long) Math.pow(10, random.nextInt(12)) * (random.nextInt(19) - 9);
						};
						Object value = field.type() == FieldType.INT ? (Object) (int) v : (Object) v;
						assertThat(field.check(value)).as(field.name() + " " + v)
							.isEqualTo(field.check(BigDecimal.valueOf(((Number) value).longValue())));
					}
				}
			}
		}
	}

	@Test
	void addingTheFastParserLeavesOtherCodeWithWoodstox() {
		assertThat(XMLInputFactory.newFactory().getClass().getName()).isEqualTo("com.ctc.wstx.stax.WstxInputFactory");
	}

	private Object canonical(FieldType type, String text) {
		char[] padded = ("<" + text + ">").toCharArray();
		return fast.canonical(type, padded, 1, text.length());
	}
}
