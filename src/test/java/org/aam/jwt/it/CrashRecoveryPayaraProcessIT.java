package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A server killed hard while clients create tokens loses none of the tokens it answered 200 for. */
@Tag("payara-process")
class CrashRecoveryPayaraProcessIT {

    private static final String JWT = "aam/v2/service/jwt";
    private static final int CLIENTS = 4;
    private static final int ANSWERED_BEFORE_THE_KILL = 40;

    @Test
    void everyTokenAnsweredWith200SurvivesAKill9() throws Exception {
        // The data folder of the other tests: its keys are the ones the database registers.
        Path data = Path.of(System.getProperty("it.data.dir"));
        // A registry large enough that no answered token is pushed out by a later one.
        Map<String, String> environment = Map.of("AAM_DATA_DIR", data.toAbsolutePath().toString(),
                "SERVICE_JWT_REGISTRY_SIZE", "1000");
        List<String> answered = Collections.synchronizedList(new ArrayList<>());
        long userId;
        try (PayaraProcess server = PayaraProcess.start("crash-before", environment)) {
            Api admin = server.api().bearer(server.api().adminToken());
            userId = createUser(admin);
            Api creator = admin;
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    // Bounded, though the kill ends it long before: the server stops answering.
                    for (int attempt = 0; attempt < 10_000 && !Thread.currentThread().isInterrupted(); attempt++) {
                        HttpAnswer created = creator.postJson(JWT, "{\"user_id\":" + userId + "}");
                        if (created.status() == 200) {
                            answered.add(created.json().getString("id"));
                        }
                    }
                });
            }
            DeployedService.eventually(Duration.ofMinutes(2), () -> answered.size() >= ANSWERED_BEFORE_THE_KILL);
            server.kill();
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "clients stop once the server is gone");
        }
        List<String> before = List.copyOf(answered);

        try (PayaraProcess restarted = PayaraProcess.start("crash-after", environment)) {
            Api admin = restarted.api().bearer(restarted.api().adminToken());
            HttpAnswer listed = admin.get(JWT + "?user_id=" + userId + "&fields=id,is_valid");
            assertEquals(200, listed.status(), listed::toString);
            Set<String> kept = listed.array().stream().map(v -> v.asJsonObject().getString("id"))
                    .collect(Collectors.toSet());
            List<String> lost = before.stream().filter(id -> !kept.contains(id)).toList();
            assertEquals(List.of(), lost, "tokens answered with 200 before the kill (" + before.size() + ")");
            assertTrue(listed.array().stream().allMatch(v -> v.asJsonObject().getBoolean("is_valid")));
        }
    }

    private static long createUser(Api admin) {
        String name = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        HttpAnswer user = admin.postJson("aam/v2/users", "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\"}");
        assertEquals(200, user.status(), user::toString);
        return user.json().getInt("id");
    }
}
