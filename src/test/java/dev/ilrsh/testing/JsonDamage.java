package dev.ilrsh.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to a JSON document, for fuzzing readers of it: a part replaced by null or another kind of value, or
 * removed; an element repeated; or (one time in four) the text cut short, a character dropped or one added.
 */
public final class JsonDamage {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private JsonDamage() {
	}

	public static String damage(String json, Random random) {
		return random.nextInt(4) == 3 ? damageText(json, random) : damageTree(json, random);
	}

	private static String damageTree(String json, Random random) {
		JsonNode root = JSON.readTree(json);
		List<JsonNode> containers = new ArrayList<>();
		collect(root, containers);
		JsonNode container = containers.get(random.nextInt(containers.size()));
		JsonNode replacement = randomValue(random);
		if (container instanceof ObjectNode object) {
			List<String> names = new ArrayList<>(object.propertyNames());
			if (names.isEmpty()) {
				object.set("extra", replacement);
			}
			else {
				String name = names.get(random.nextInt(names.size()));
				if (random.nextInt(4) == 0) {
					object.remove(name);
				}
				else {
					object.set(name, replacement);
				}
			}
		}
		else if (container instanceof ArrayNode array) {
			if (array.isEmpty()) {
				array.add(replacement);
			}
			else {
				int at = random.nextInt(array.size());
				switch (random.nextInt(3)) {
					case 0 -> array.remove(at);
					case 1 -> array.insert(at, array.get(at).deepCopy());
					default -> array.set(at, replacement);
				}
			}
		}
		return JSON.writeValueAsString(root);
	}

	private static void collect(JsonNode node, List<JsonNode> containers) {
		if (node.isContainer()) {
			containers.add(node);
			node.values().forEach(child -> collect(child, containers));
		}
	}

	private static JsonNode randomValue(Random random) {
		JsonNodeFactory f = JsonNodeFactory.instance;
		return switch (random.nextInt(12)) {
			case 0 -> f.nullNode();
			case 1 -> f.stringNode("");
			case 2 -> f.stringNode("APP999");
			case 3 -> f.stringNode("x\u001B[2J\u202Ey");
			case 4 -> f.stringNode("2025-13-01");
			case 5 -> f.numberNode(-1);
			case 6 -> f.numberNode(0);
			case 7 -> f.numberNode(2_147_483_648L);
			case 8 -> f.numberNode(3.5);
			case 9 -> f.booleanNode(true);
			case 10 -> f.objectNode();
			default -> f.arrayNode();
		};
	}

	private static String damageText(String json, Random random) {
		int at = random.nextInt(json.length());
		return switch (random.nextInt(3)) {
			case 0 -> json.substring(0, at);
			case 1 -> json.substring(0, at) + json.substring(at + 1);
			default -> json.substring(0, at) + "{}[]\",:0a\u0000".charAt(random.nextInt(10)) + json.substring(at);
		};
	}

}
