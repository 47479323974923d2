package org.aam.jwt.rest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void theYamlSourceIsReadIntoJsonWithItsTypesAndOrder() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("openapi", "3.0.3");
        yaml.put("minimum", 1);
        yaml.put("big", new java.math.BigInteger("12345678901234567890"));
        yaml.put("ratio", 0.5);
        yaml.put("nullable", true);
        yaml.put("example", null);
        yaml.put("enum", List.of("0", 1));
        assertEquals("{\"openapi\":\"3.0.3\",\"minimum\":1,\"big\":12345678901234567890,\"ratio\":0.5,"
                + "\"nullable\":true,\"example\":null,\"enum\":[\"0\",1]}", OpenApiDocument.json(yaml).toString());
    }

    @Test
    void theWarsDocumentIsOpenApi303WithPathsAndSchemas() {
        JsonObject document = OpenApiDocument.load();
        assertEquals("3.0.3", document.getString("openapi"));
        assertEquals(JsonValue.ValueType.OBJECT, document.get("paths").getValueType());
        assertEquals(JsonValue.ValueType.OBJECT, document.getJsonObject("components").get("schemas").getValueType());
    }

    @Test
    void aValueJsonCannotCarryIsRefused() {
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.json(new byte[] {1}));
    }
}
