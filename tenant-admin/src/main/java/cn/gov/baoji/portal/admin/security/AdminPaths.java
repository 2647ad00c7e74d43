package cn.gov.baoji.portal.admin.security;

/** Which request paths belong to the back office and the console: one definition for every filter. */
public final class AdminPaths {

    private AdminPaths() {
    }

    /** Pages that need a login (code flow). */
    public static boolean isLoginPage(String path) {
        return under(path, "/admin") || under(path, "/console");
    }

    /** Pages and APIs of the back office and the console; their endpoints must carry an access rule. */
    public static boolean isAdministrative(String path) {
        return isLoginPage(path) || path.startsWith("/api/admin/") || path.startsWith("/api/console/");
    }

    /** The city console's own paths, which answer on the console host only. */
    public static boolean isConsole(String path) {
        return under(path, "/console") || path.startsWith("/api/console/");
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
