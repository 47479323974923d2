package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignedUrlsTest {

    private static final String SITE = "https://example.com/aam";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/dashboard              | https://example.com/aam/dashboard?aam-jwt=T",
            "dashboard?tab=2         | https://example.com/aam/dashboard?tab=2&aam-jwt=T",
            "https://example.com/x#y | https://example.com/x?aam-jwt=T#y",
            "https://EXAMPLE.com:443/x | https://EXAMPLE.com:443/x?aam-jwt=T",
    })
    void signsPagesOfThisSite(String url, String expected) {
        assertEquals(expected, SignedUrls.sign(SignedUrls.page(Optional.of(url), SITE), "aam-jwt", "T"));
    }

    @org.junit.jupiter.api.Test
    void withoutAUrlTheSiteItselfIsSigned() {
        assertEquals("https://example.com/aam/?aam-jwt=T",
                SignedUrls.sign(SignedUrls.page(Optional.empty(), SITE), "aam-jwt", "T"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "http://example.com/", "https://example.com:8443/",
            "//evil.example/x", "https://user@example.com/", "/\\evil.example", "javascript:alert(1)",
            "https://example.com.evil.example/", "http://[::1"})
    void refusesOtherOriginsAndTricks(String url) {
        WpError error = assertThrows(WpError.class, () -> SignedUrls.page(Optional.of(url), SITE));
        assertEquals(400, error.status());
    }
}
