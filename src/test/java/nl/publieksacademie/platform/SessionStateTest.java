package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are replicated between the nodes of a cluster ({@code <distributable/>}): everything a session holds
 * must be Serializable, or a learner whose node dies loses it, and nothing may be injected into a transient
 * field (after the session moved to another node it would be null; client proxies of our application- and
 * request-scoped beans serialize as a reference). Session-scoped and view-scoped beans (view scope lives in the
 * session) are checked field by field, through records and collections, for our own types.
 */
class SessionStateTest {

    @Test
    void everythingKeptInASessionIsSerializable() throws Exception {
        Set<String> problems = new TreeSet<>();
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() > 10, "found the session and view beans: " + beans);
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int mod = field.getModifiers();
                    if (Modifier.isTransient(mod) && field.isAnnotationPresent(jakarta.inject.Inject.class)) {
                        // deserialized on another node a transient field is null: the next click fails there
                        problems.add(bean.getSimpleName() + "." + field.getName() + " is injected transient");
                    }
                    if (field.isAnnotationPresent(jakarta.inject.Inject.class) && normalScoped(field.getType())) {
                        continue; // the client proxy is what is kept, and it serializes as a reference
                    }
                    if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod)) {
                        check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems,
                                new HashSet<>());
                    }
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    /** The bytes a signed-in learner's own session holds (the REST client's; pages add the player's view). */
    @Test
    void aSignedInLearnersSessionIsSmall() throws IOException {
        Set<String> groups = new HashSet<>(Set.of(Roles.LEARNER));
        int bytes = serializedSize(List.of("learner0042", groups,
                new SessionAccount(4242L, 3L, SessionAccount.mark("pbkdf2$600000$salt$hash"))));
        System.out.println("signed-in learner's session attributes: " + bytes + " bytes");
        assertTrue(bytes < 1024, bytes + " bytes");
    }

    static int serializedSize(Object o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(o);
        }
        return out.size();
    }

    private static boolean normalScoped(Class<?> type) {
        for (var annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(jakarta.enterprise.context.NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    private static void check(Type type, String where, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), where, problems, seen);
            return;
        }
        if (c.isPrimitive() || !c.getName().startsWith("nl.publieksacademie.") || c.isInterface() || c.isEnum()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), problems, seen);
            }
        }
    }

    private static List<Class<?>> sessionBeans() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("nl.publieksacademie.")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
