package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

	@Test
	void wellFormedTextPassesWhereverItIsCut() {
		byte[] text = "Exämple – £5, 東京, 𝄞 and plain ASCII text long enough for whole words".getBytes(StandardCharsets.UTF_8);
		assertThat(Utf8Check.valid(text, 0, text.length)).isTrue();
		for (int cut = 0; cut <= text.length; cut++) {
			Utf8Check check = new Utf8Check();
			assertThat(check.accept(text, 0, cut) && check.accept(text, cut, text.length - cut) && check.complete())
				.as("cut at " + cut).isTrue();
		}
	}

	@Test
	void illFormedBytesAreRefusedAsStrictlyAsTheStandard() {
		int[][] bad = { { 0x90 }, { 0xC0, 0xAF }, { 0xC1, 0x81 }, { 0xE0, 0x80, 0x80 }, { 0xED, 0xA0, 0x80 },
				{ 0xF0, 0x80, 0x80, 0x80 }, { 0xF4, 0x90, 0x80, 0x80 }, { 0xF5, 0x80, 0x80, 0x80 }, { 0xFF },
				{ 0xC3, 0x28 }, { 0xE2, 0x82 } };
		for (int[] sequence : bad) {
			byte[] bytes = new byte[sequence.length + 9];
			for (int i = 0; i < 8; i++) {
				bytes[i] = 'a';
			}
			for (int i = 0; i < sequence.length; i++) {
				bytes[8 + i] = (byte) sequence[i];
			}
			bytes[bytes.length - 1] = 'z';
			assertThat(Utf8Check.valid(bytes, 0, bytes.length)).as(java.util.Arrays.toString(sequence)).isFalse();
		}
		byte[] nul = "<StdC\0ode>".getBytes(StandardCharsets.UTF_8);
		assertThat(Utf8Check.valid(nul, 0, nul.length)).isFalse();
		byte[] truncated = { 'a', (byte) 0xE2, (byte) 0x82 };
		assertThat(Utf8Check.valid(truncated, 0, truncated.length)).isFalse();
	}
}
