package cn.gov.baoji.portal.web.guard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.core.guard.AltchaChallenge;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;

/** Proof-of-work challenges for the public forms and API submissions of the request's site. */
@Path("/api/v1/challenge")
public class ChallengeResource {

    private final SubmissionGuard guard;

    ChallengeResource(SubmissionGuard guard) {
        this.guard = guard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A fresh ALTCHA challenge (protocol v1)", description = "Solve it (find the number n in"
            + " [0, maxnumber] with SHA-256(salt + n) = challenge) and send base64(JSON {algorithm, challenge, number,"
            + " salt, signature}) in the field `altcha` of a message, comment or question. Valid once, for this site,"
            + " until the expiry written in the salt.")
    public Response challenge() {
        AltchaChallenge challenge = guard.challenge();
        return Response.ok(challenge).header("Cache-Control", "no-store").build();
    }
}
