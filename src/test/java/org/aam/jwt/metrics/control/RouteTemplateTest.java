package org.aam.jwt.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Path("v2/service")
    static class Resource {
        @Path("jwt/{id}")
        public void one() {
        }

        @Path("{collection: jwts?}")
        public void list() {
        }

        public void root() {
        }
    }

    @Test
    void theRouteIsTheDeclaredTemplateWithoutItsExpressions() throws Exception {
        assertEquals("/aam/v2/service/jwt/{id}", RouteTemplate.of(Resource.class, Resource.class.getMethod("one")));
        assertEquals("/aam/v2/service/{collection}", RouteTemplate.of(Resource.class, Resource.class.getMethod("list")));
        assertEquals("/aam/v2/service", RouteTemplate.of(Resource.class, Resource.class.getMethod("root")));
    }

    @Test
    void aRequestNoResourceMatchedHasOneRoute() {
        assertEquals(RouteTemplate.UNMATCHED, RouteTemplate.of(null, null));
    }
}
