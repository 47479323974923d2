package org.aam.jwt.metrics.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrapeTokenTest {

    @Test
    void theConfiguredTokenIsAcceptedAsABearerOfAnyCase() {
        ScrapeToken token = ScrapeToken.of(Optional.of("s3cret-scrape"));
        assertTrue(token.acceptsHeader("Bearer s3cret-scrape"));
        assertTrue(token.acceptsHeader("bearer s3cret-scrape"));
    }

    @Test
    void anythingElseIsNot() {
        ScrapeToken token = ScrapeToken.of(Optional.of("s3cret-scrape"));
        for (String header : new String[] {null, "", "Bearer ", "Bearer s3cret", "Bearer s3cret-scrapeX",
            "Basic s3cret-scrape", "s3cret-scrape", "Bearers3cret-scrape"}) {
            assertFalse(token.acceptsHeader(header), String.valueOf(header));
        }
    }

    @Test
    void withoutAConfiguredTokenNoHeaderIsAccepted() {
        assertFalse(ScrapeToken.of(Optional.empty()).acceptsHeader("Bearer "));
        assertFalse(ScrapeToken.of(Optional.of("  ")).acceptsHeader("Bearer   "));
        assertFalse(ScrapeToken.of(Optional.of("  ")).acceptsHeader("Bearer x"));
    }
}
