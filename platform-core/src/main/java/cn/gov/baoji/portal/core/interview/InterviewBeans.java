package cn.gov.baoji.portal.core.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.tenant.TenantChangeListener;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/** Wires the live viewers of interviews to the database and to the instance's change listener. */
@ApplicationScoped
public class InterviewBeans {

    @Produces
    @Singleton
    LiveInterviews liveInterviews(PublicInterviews interviews, TenantScope scope, InterviewConfig config) {
        LiveInterviews.Source source = (tenant, id, seq, limit) -> {
            if (!TenantCode.isValid(tenant)) {
                throw new NotFoundException("站点不存在");
            }
            return scope.call(TenantCode.of(tenant), () -> {
                if (interviews.find(id).isEmpty()) {
                    throw new NotFoundException("访谈不存在。");
                }
                return interviews.timeline(id, seq, limit);
            });
        };
        return new LiveInterviews(source, config.maxViewers(), config.keepAlive(), config.maxStream());
    }

    /** Every minute as well: a listening connection that died silently would otherwise leave viewers waiting. */
    @Produces
    @Singleton
    TenantChangeListener.Subscription liveSubscription(LiveInterviews live) {
        return new TenantChangeListener.Subscription(LiveNotices.CHANNEL, live::noticed, live::resync, true);
    }

    void close(@Disposes LiveInterviews live) {
        live.close();
    }
}
