package cn.gov.baoji.portal.web.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.ConsultationInput;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Texts;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/** Consultations a test needs, made through the service as a county's webmaster would make them. */
@ApplicationScoped
public class ConsultationFixtures {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final TenantScope scope;
    private final ConsultationService consultations;
    private final Clock clock;

    ConsultationFixtures(TenantScope scope, ConsultationService consultations, Clock clock) {
        this.scope = scope;
        this.consultations = consultations;
        this.clock = clock;
    }

    public static Actor webmaster(String county) {
        return new Actor("test-" + county + "-webmaster", county + "网站管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    /** A consultation of {@code county} opening {@code opensIn} from now (negative: already open), {@code days} long. */
    public long create(String county, String title, String body, Duration opensIn, Duration length, boolean publish) {
        LocalDateTime opens = LocalDateTime.now(clock.withZone(Texts.CHINA)).plus(opensIn);
        ConsultationInput input = new ConsultationInput(title, "征求意见稿简介", body, "fgj", "0917-3212345",
                "fgj@example.gov.cn", opens.withSecond(0).withNano(0).toString(),
                opens.plus(length).withSecond(0).withNano(0).toString());
        return scope.call(TenantCode.of(county), () -> {
            Consultation created = consultations.create(webmaster(county), input);
            if (publish) {
                consultations.publish(webmaster(county), created.getId());
            }
            return created.getId();
        });
    }

    /** An open, published consultation. */
    public long open(String county, String title) {
        return create(county, title, "<p>" + title + "（征求意见稿）全文。</p>", Duration.ofDays(-1), Duration.ofDays(30), true);
    }

    /** A client address of its own, so one test's submissions do not count against another's limit. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.11." + (n / 250) % 250 + "." + (n % 250 + 1);
    }
}
