package cn.gov.baoji.portal.core.tenant;

import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.site.SiteDefaults;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;

/** Wires the plain tenancy classes (kept free of CDI so they can be tested on their own). */
@ApplicationScoped
public class TenancyBeans {

    @Produces
    @Singleton
    SchemaMigrator schemaMigrator(AgroalDataSource dataSource) {
        return new SchemaMigrator(dataSource);
    }

    @Produces
    @Singleton
    TenantStore tenantStore(AgroalDataSource dataSource) {
        return new TenantStore(dataSource);
    }

    @Produces
    @Singleton
    TenantMigrations tenantMigrations(SchemaMigrator migrator, TenantStore store, TenancyConfig config) {
        return new TenantMigrations(migrator, store, config.changelog(), config.migrationParallelism());
    }

    @Produces
    @Singleton
    TenantDirectory tenantDirectory(TenantStore store) {
        return new TenantDirectory(store);
    }

    @Produces
    @Singleton
    HostResolver hostResolver(TenantDirectory directory, TenancyConfig config) {
        return new HostResolver(directory, config.consoleHosts(), config.trustForwardedHost());
    }

    @Produces
    @Singleton
    SiteOrigins siteOrigins(TenantDirectory directory, TenancyConfig config) {
        return new SiteOrigins(directory, config.links().scheme(), config.links().port());
    }

    @Produces
    @Singleton
    SiteDefaults siteDefaults(AgroalDataSource dataSource) {
        return new SiteDefaults(dataSource);
    }

    @Produces
    @Singleton
    PlatformLock platformLock(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        return new PlatformLock(() -> {
            Properties properties = new Properties();
            properties.setProperty("user", username);
            password.ifPresent(p -> properties.setProperty("password", p));
            properties.setProperty("ApplicationName", "portal platform lock");
            return DriverManager.getConnection(url, properties);
        });
    }

    @Produces
    @Singleton
    TenantChangeListener tenantChangeListener(TenantDirectory directory, PublicContentVersion contentVersions,
            CityCalendar calendar, @All List<TenantChangeListener.Subscription> features,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        List<TenantChangeListener.Subscription> subscriptions = new java.util.ArrayList<>(List.of(
                new TenantChangeListener.Subscription(TenantStore.CHANGE_CHANNEL, payload -> directory.refresh(),
                        directory::refresh, true),
                // Not every minute: that would drop every county's cached pages each minute; the page
                // cache's maximum age already bounds what a silently dead connection can miss.
                new TenantChangeListener.Subscription(PublicContentVersion.CHANNEL, contentVersions::changedElsewhere,
                        contentVersions::resync, false),
                new TenantChangeListener.Subscription(CityCalendar.CHANNEL, payload -> calendar.reload(),
                        calendar::reload, true)));
        // Channels of features (e.g. the interviews' live events), on the same one connection.
        subscriptions.addAll(features);
        return new TenantChangeListener(url, username, password, subscriptions);
    }

    void closeListener(@Disposes TenantChangeListener listener) {
        listener.close();
    }
}
