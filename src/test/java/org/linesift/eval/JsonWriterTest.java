package org.linesift.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonWriterTest {
    @Test
    void escapesStrings() {
        String nasty = "a\"b\\c\n\t\r\u0001\u001f\u2028 中文 \uD83D\uDE00 lone\uD800 end\uDC00";
        String json = new JsonWriter().beginObject().field("k\"", nasty).endObject().toString();
        assertFalse(json.chars().anyMatch(c -> c < 0x20), json);
        assertTrue(json.contains("\\u0001") && json.contains("\\u2028") && json.contains("\\ud800"), json);
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(json);
        assertEquals(nasty, m.get("k\""));
    }

    @Test
    void numbers() {
        assertEquals("0.1235", JsonWriter.number(0.123456));
        assertEquals("0.5", JsonWriter.number(0.5));
        assertEquals("1", JsonWriter.number(1.0));
        assertEquals("0", JsonWriter.number(0.00001));
        assertEquals("-2.25", JsonWriter.number(-2.25));
        assertEquals("12345.6789", JsonWriter.number(12345.67891));
        assertEquals("null", JsonWriter.number(Double.NaN));
        assertEquals("null", JsonWriter.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void nesting() {
        String json = new JsonWriter().beginObject()
                .name("a").beginArray().value(1).value("x").nullValue().value(true).beginObject().endObject().endArray()
                .name("b").beginObject().field("c", 2.5).endObject()
                .field("d", false)
                .endObject().toString();
        assertEquals("{\"a\":[1,\"x\",null,true,{}],\"b\":{\"c\":2.5},\"d\":false}", json);
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(json);
        assertEquals(List.of("a", "b", "d"), List.copyOf(m.keySet()));
    }
}
