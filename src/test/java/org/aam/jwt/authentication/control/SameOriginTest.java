package org.aam.jwt.authentication.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final List<String> OURS = List.of("http://localhost:8080", "https://aam.example.com");

    @Test
    void ownOriginsAreNotCrossSite() {
        assertFalse(SameOrigin.isCrossSite("http://localhost:8080", null, OURS));
        assertFalse(SameOrigin.isCrossSite("https://AAM.example.com:443", null, OURS));
        assertFalse(SameOrigin.isCrossSite(null, "https://aam.example.com/console/?x=1", OURS));
    }

    @Test
    void otherOriginsAreCrossSite() {
        assertTrue(SameOrigin.isCrossSite("https://evil.example", null, OURS));
        assertTrue(SameOrigin.isCrossSite("http://localhost:8081", null, OURS));
        assertTrue(SameOrigin.isCrossSite("null", null, OURS));
        assertTrue(SameOrigin.isCrossSite(null, "https://evil.example/page", OURS));
    }

    @Test
    void originWinsOverReferer() {
        assertTrue(SameOrigin.isCrossSite("https://evil.example", "http://localhost:8080/", OURS));
    }

    @Test
    void aRequestThatNamesNoOriginIsNotABrowserCrossSiteRequest() {
        assertFalse(SameOrigin.isCrossSite(null, null, OURS));
    }
}
