package org.aam.jwt.rest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json; charset=UTF-8";

    @Test
    void jsonBodyWinsOverFormAndQuery() {
        Parameters parameters = Parameters.parse(JSON, "{\"user_id\": 3}", "user_id=4&fields=id");
        assertEquals(Optional.of(3L), parameters.positiveLong("user_id"));
        assertEquals(Optional.of("id"), parameters.string("fields"));
    }

    @Test
    void formBodyWinsOverQuery() {
        Parameters parameters = Parameters.parse(FORM, "expires_in=%2B2+weeks&user_id=5", "user_id=6");
        assertEquals(Optional.of("+2 weeks"), parameters.string("expires_in"));
        assertEquals(Optional.of(5L), parameters.positiveLong("user_id"));
    }

    @Test
    void aJsonObjectSentAsAFormIsReadAsJson() {
        // What `curl --data '{...}'` sends: the reference's own example.
        Parameters parameters = Parameters.parse(FORM,
                "{\"expires_in\":\"+2 weeks\",\"is_refreshable\":false,\"is_revocable\":true}", null);
        assertEquals(Optional.of("+2 weeks"), parameters.string("expires_in"));
        assertEquals(Optional.of(false), parameters.bool("is_refreshable"));
        assertEquals(Optional.of(true), parameters.bool("is_revocable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "\"true\"", "\"1\""})
    void trueComesInFourForms(String json) {
        assertEquals(Optional.of(true), Parameters.parse(JSON, "{\"b\":" + json + "}", null).bool("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "\"false\"", "\"0\""})
    void falseComesInFourForms(String json) {
        assertEquals(Optional.of(false), Parameters.parse(JSON, "{\"b\":" + json + "}", null).bool("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "2", "[]", "{}", "\"\u00e9\"", "1.5"})
    void anythingElseIsNotABoolean(String json) {
        Parameters parameters = Parameters.parse(JSON, "{\"b\":" + json + "}", null);
        WpError error = assertThrows(WpError.class, () -> parameters.bool("b"));
        assertEquals(400, error.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"abc\"", "1.5", "\"1e3\"", "true", "99999999999999999999"})
    void userIdMustBeAPositiveInteger(String json) {
        Parameters parameters = Parameters.parse(JSON, "{\"user_id\":" + json + "}", null);
        assertEquals(400, assertThrows(WpError.class, () -> parameters.positiveLong("user_id")).status());
    }

    @Test
    void userIdMayBeANumericString() {
        assertEquals(Optional.of(12L), Parameters.parse(JSON, "{\"user_id\":\"12\"}", null).positiveLong("user_id"));
    }

    @Test
    void emptyValuesAndNullsAreAbsent() {
        Parameters parameters = Parameters.parse(JSON, "{\"a\": null, \"b\": \"\"}", "c=");
        assertEquals(Optional.empty(), parameters.value("a"));
        assertEquals(Optional.empty(), parameters.value("b"));
        assertEquals(Optional.empty(), parameters.value("c"));
    }

    @Test
    void additionalClaimsMayBeAnObjectOrAStringHoldingOne() {
        assertEquals("IT", Parameters.parse(JSON, "{\"c\": {\"dept\": \"IT\"}}", null).object("c").orElseThrow()
                .getString("dept"));
        assertEquals("IT", Parameters.parse(FORM, "c=%7B%22dept%22%3A%22IT%22%7D", null).object("c").orElseThrow()
                .getString("dept"));
        assertEquals(400, assertThrows(WpError.class,
                () -> Parameters.parse(JSON, "{\"c\": [1]}", null).object("c")).status());
        assertEquals(400, assertThrows(WpError.class,
                () -> Parameters.parse(FORM, "c=not-json", null).object("c")).status());
    }

    @Test
    void listsAreArraysOrCommaSeparated() {
        assertEquals(List.of("a", "b"), Parameters.parse(JSON, "{\"r\": [\"a\", \"b\"]}", null).list("r").orElseThrow());
        assertEquals(List.of("a", "b"), Parameters.parse(null, "", "r=a,%20b").list("r").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\": }", "[1, 2]", "\"text\"", "{\"a\":1}}"})
    void malformedOrNonObjectJsonIsABadRequest(String body) {
        WpError error = assertThrows(WpError.class, () -> Parameters.parse(JSON, body, null));
        assertEquals(400, error.status());
        assertEquals("rest_invalid_json", error.code());
    }

    @Test
    void malformedPercentEscapesAreABadRequest() {
        assertEquals(400, assertThrows(WpError.class, () -> Parameters.parse(null, "", "a=%zz")).status());
    }

    @Test
    void aNameGivenTwiceKeepsItsLastValueAsPhpDoes() {
        assertEquals(Optional.of("2"), Parameters.parse(null, "", "a=1&a=2").string("a"));
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsA400NotAParserFailure() {
        String deep = "{\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        WpError error = assertThrows(WpError.class, () -> Parameters.parse(JSON, deep, null));
        assertEquals(400, error.status());
        assertEquals("rest_invalid_json", error.code());
        WpError inAForm = assertThrows(WpError.class,
                () -> Parameters.parse(FORM, "additional_claims=" + deep.replace("\"", "%22"), null)
                        .object("additional_claims"));
        assertEquals(400, inAForm.status());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String nested = "{\"x\":" + "[".repeat(JsonLimits.MAX_DEPTH - 1) + "]".repeat(JsonLimits.MAX_DEPTH - 1) + "}";
        assertEquals(Optional.of(true), Parameters.parse(JSON, nested, null).value("x").map(v -> true));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "{\"x\":\"" + "[\\\"".repeat(100) + "\"}";
        assertEquals(false, JsonLimits.isTooDeep(text));
        assertEquals(Optional.of("[\"".repeat(100)), Parameters.parse(JSON, text, null).string("x"));
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheParameter() {
        WpError error = assertThrows(WpError.class,
                () -> Parameters.parse(JSON, "{\"additional_claims\":{\"a\":\"\\ud800x\"}}", null));
        assertEquals(400, error.status());
        assertEquals(true, error.getMessage().contains("additional_claims"), error.getMessage());
        WpError inAString = assertThrows(WpError.class, () -> Parameters.parse(FORM,
                "additional_claims=%7B%22a%22%3A%22%5Cudc00%22%7D", null).object("additional_claims"));
        assertEquals(true, inAString.getMessage().contains("additional_claims"), inAString.getMessage());
    }

    @Test
    void aPairedSurrogateIsText() {
        Parameters parameters = Parameters.parse(JSON, "{\"a\":\"\\ud83d\\ude00\"}", null);
        assertEquals(Optional.of("\ud83d\ude00"), parameters.string("a"));
    }
}
