package cn.gov.baoji.portal.admin.look;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.look.HomePage;
import cn.gov.baoji.portal.core.look.LookAsset;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.site.ChannelService.ChannelDetails;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The webmaster's page for the county's look: edit the draft, upload images, preview, publish, restore. */
@Path("/admin/look")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class LookEditorPages {

    private final LookAdminResource looks;
    private final LookStore store;
    private final TenantContext tenant;
    private final Caller caller;

    LookEditorPages(LookAdminResource looks, LookStore store, TenantContext tenant, Caller caller) {
        this.looks = looks;
        this.store = store;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** One channel's line in the editor: on the home page with how many items, where, and where in the navigation. */
    public record ChannelRow(String code, String name, boolean visible, int homeItems, int homeOrder, Integer navOrder) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(TenantInfo site, String userName, LookAdminResource.Overview overview,
                LookSettings form, EditorFields fields, List<ChannelRow> rows, String error);
    }

    @GET
    @Path("/")
    public TemplateInstance editor() {
        return page(null, null);
    }

    /** The draft from the form (see {@link LookForm#applyTo}). */
    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(@BeanParam LookForm form) {
        return afterward(() -> {
            LookAdminResource.Overview overview = looks.overview();
            return looks.saveDraft(form.applyTo(overview.current(), overview.registeredFooter()), form.basedOn);
        }, form);
    }

    /** A new logo or banner, put into the draft at once. */
    @POST
    @Path("images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@RestForm String kind, @RestForm("file") FileUpload file, @RestForm String basedOn) {
        return afterward(() -> {
            LookAsset.Kind which = LookAsset.Kind.named(kind);
            // Before the image is stored: a refused draft would leave it stored for nothing.
            store.requireDraftAsSeen(basedOn);
            LookAdminResource.Overview overview = looks.overview();
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new InvalidInputException("file", "请选择图片文件");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件读取失败，请重新上传");
            }
            long id = looks.upload(kind, bytes).id();
            return looks.saveDraft(overview.current().withImage(which, id), basedOn);
        });
    }

    /** The draft without its logo or banner (the theme's banner, if it has one, shows again). */
    @POST
    @Path("images/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeImage(@RestForm String kind, @RestForm String basedOn) {
        return afterward(() -> looks.saveDraft(looks.overview().current().withImage(LookAsset.Kind.named(kind), null),
                basedOn));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestForm String basedOn) {
        return afterward(() -> looks.publish(basedOn));
    }

    @POST
    @Path("versions/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        return afterward(() -> looks.restore(id));
    }

    private interface Change {
        Object run();
    }

    private Response afterward(Change change) {
        return afterward(change, null);
    }

    /**
     * On success back to the editor (POST-redirect-GET); on refusal the editor with the reason,
     * nothing saved, and the typed form (if any) as it was typed.
     */
    private Response afterward(Change change, LookForm typed) {
        try {
            change.run();
            return Response.seeOther(URI.create("/admin/look/")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(page(e.getMessage(), typed)).build();
        }
    }

    private TemplateInstance page(String error, LookForm typed) {
        LookAdminResource.Overview overview = looks.overview();
        LookSettings current = overview.current();
        // A look without footer facts of its own shows the registered ones, and so does the form.
        LookSettings form = current.footer() == null ? current.withFooter(overview.registeredFooter()) : current;
        boolean retyped = typed != null && typed.channel != null && ChannelChoices.aligned(typed.channel, typed.homeItems,
                typed.homeOrder, typed.navOrder);
        List<ChannelRow> rows = retyped ? typedRows(overview, typed) : rows(overview, form);
        EditorFields fields = typed != null ? EditorFields.typed(typed)
                : EditorFields.of(form, overview.draftToken(), ChannelChoices.signature(
                        rows.stream().map(ChannelRow::code).toList(),
                        rows.stream().map(r -> String.valueOf(r.homeItems())).toList(),
                        rows.stream().map(r -> String.valueOf(r.homeOrder())).toList()));
        return Templates.editor(tenant.require(), caller.displayName(), overview, form, fields, rows, error);
    }

    /** The channel table as it was typed, with numbers that do not parse shown as the defaults. */
    private static List<ChannelRow> typedRows(LookAdminResource.Overview overview, LookForm typed) {
        Map<String, ChannelDetails> byCode = overview.channels().stream()
                .collect(Collectors.toMap(ChannelDetails::code, c -> c));
        List<ChannelRow> rows = new ArrayList<>();
        for (int i = 0; i < typed.channel.size(); i++) {
            ChannelDetails c = byCode.get(typed.channel.get(i));
            if (c != null) {
                rows.add(new ChannelRow(c.code(), c.name(), c.visible(), ChannelChoices.numberOr(typed.homeItems.get(i), 0),
                        ChannelChoices.numberOr(typed.homeOrder.get(i), i + 1),
                        typed.navOrder.get(i) == null || typed.navOrder.get(i).isBlank() ? null
                                : ChannelChoices.numberOr(typed.navOrder.get(i), 0)));
            }
        }
        return rows;
    }

    private static List<ChannelRow> rows(LookAdminResource.Overview overview, LookSettings form) {
        List<HomePage.Block> blocks = form.home().blocks();
        List<ChannelRow> rows = new ArrayList<>();
        int position = 0;
        int shown = 0;
        for (var c : overview.channels()) {
            position++;
            int items;
            int order;
            if (!form.home().chosen()) {
                // As citizens see it today: every visible channel (the form saves at most MAX_BLOCKS).
                items = c.visible() && shown++ < HomePage.MAX_BLOCKS ? HomePage.DEFAULT_ITEMS : 0;
                order = position;
            } else {
                int at = blocks.stream().map(HomePage.Block::channel).toList().indexOf(c.code());
                items = at < 0 ? 0 : blocks.get(at).items();
                order = at < 0 ? blocks.size() + position : at + 1;
            }
            int nav = form.navOrder().indexOf(c.code());
            rows.add(new ChannelRow(c.code(), c.name(), c.visible(), items, order, nav < 0 ? null : nav + 1));
        }
        rows.sort(Comparator.comparingInt(ChannelRow::homeOrder));
        return rows;
    }
}
