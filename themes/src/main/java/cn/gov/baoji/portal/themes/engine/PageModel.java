package cn.gov.baoji.portal.themes.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The types whose properties page templates may read: records the application names as page data,
 * and the records they hold (directly or in lists). A template reads a record's components and
 * nothing else: no methods, no fields, no getters of other classes, no {@code getClass()}.
 * Records are immutable, and the lists in them are read through Qute's read-only list resolvers.
 */
public final class PageModel {

    private final Map<Class<?>, Map<String, MethodHandle>> accessors;

    private PageModel(Map<Class<?>, Map<String, MethodHandle>> accessors) {
        this.accessors = accessors;
    }

    /** The model of these page-data records and every record reachable from their components. */
    public static PageModel of(Collection<Class<? extends Record>> roots) {
        Map<Class<?>, Map<String, MethodHandle>> accessors = new HashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (accessors.containsKey(type)) {
                continue;
            }
            Map<String, MethodHandle> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    components.put(component.getName(), lookup.unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("Page data record " + type.getName() + " must be public", e);
                }
                recordsIn(component.getGenericType(), todo);
            }
            accessors.put(type, Map.copyOf(components));
        }
        return new PageModel(Map.copyOf(accessors));
    }

    private static void recordsIn(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c && c.isRecord()) {
            todo.push(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                recordsIn(argument, todo);
            }
        }
    }

    /** The readable properties of a value of this class, or null if templates may not look inside it. */
    Map<String, MethodHandle> accessorsOf(Class<?> type) {
        return accessors.get(type);
    }

    public Set<Class<?>> types() {
        return accessors.keySet();
    }
}
