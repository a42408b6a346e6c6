package nl.publieksacademie.identity.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.publieksacademie.identity.ExternalAccounts;
import nl.publieksacademie.identity.GroupMapping;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.staff.StaffForm;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;

/**
 * The staff list as a provisioning client keeps it: SCIM Users are staff members, SCIM Groups are the client's groups
 * whose membership gives roles, team and job role through {@link ScimSettings#mapping()} (the mapping single sign-on
 * uses, applied by {@link ExternalAccounts#apply}). A person is never deleted, only deactivated; writing
 * {@code active} through JPA raises the account's security stamp, so an open session ends at its next request.
 * Every change is audited under the client's name ({@link ScimSettings#client()}).
 */
@ApplicationScoped
public class Provisioning {

    static final int MAX_RESULTS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ScimSettings settings;

    @Inject
    ExternalAccounts accounts;

    @Inject
    Messages messages;

    private final ScimPatch userPatch = new ScimPatch(ScimSchemas.USER, ScimSchemas.USER_PATHS);
    private final ScimPatch groupPatch = new ScimPatch(ScimSchemas.GROUP, ScimSchemas.GROUP_PATHS);

    /** A page of a list: the resources on it and how many match in all. */
    public record Page(List<Map<String, Object>> resources, long total, int startIndex) {}

    // ---- Users

    public Map<String, Object> user(String id, String base) {
        return render(member(id), base);
    }

    public Page users(String filterText, int startIndex, int count, String base) {
        ScimFilter filter = filterText == null ? null : ScimFilter.parse(filterText, "filter");
        String where = "";
        Object value = null;
        if (filter != null) {
            value = filter.text();
            if (filter.on("userName")) {
                where = " WHERE s.username = :value";
                value = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
            } else if (filter.on("emails") || filter.on("emails.value")) {
                where = " WHERE s.email = :value";
                value = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
            } else if (filter.on("externalId")) {
                where = " WHERE s.id IN (SELECT u.staffId FROM ProvisionedUser u WHERE u.externalId = :value)";
            } else if (filter.on("id")) {
                where = " WHERE s.id = :value";
                value = number(filter.text()).orElse(-1L);
            } else {
                throw ScimError.invalidFilter("filter '" + filterText + "': filtering Users on '" + filter.attribute()
                        + "' is not supported; use userName, externalId, emails or id");
            }
        }
        return page(StaffMember.class, "s", where, filter != null, value, startIndex, count,
                member -> render(member, base));
    }

    /** One page of {@code type}'s resources ({@code alias} in {@code where}, with {@code :value} when filtered). */
    private <T> Page page(Class<T> type, String alias, String where, boolean filtered, Object value, int startIndex,
            int count, Function<T, Map<String, Object>> render) {
        String from = " FROM " + type.getSimpleName() + " " + alias + where;
        TypedQuery<Long> counted = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
        TypedQuery<T> page = em.createQuery("SELECT " + alias + from + " ORDER BY " + alias + ".id", type);
        if (filtered) {
            counted.setParameter("value", value);
            page.setParameter("value", value);
        }
        long total = counted.getSingleResult();
        List<Map<String, Object>> resources = new ArrayList<>();
        if (count > 0) {
            for (T resource : page.setFirstResult(startIndex - 1).setMaxResults(count).getResultList()) {
                resources.add(render.apply(resource));
            }
        }
        return new Page(resources, total, startIndex);
    }

    @Transactional
    public Map<String, Object> createUser(Map<String, Object> body, String base) {
        ScimUserInput input = ScimUserInput.of(body);
        StaffForm form = form(input);
        unique(form, null);
        StaffMember member = new StaffMember(form.username(), form.email(), form.fullName());
        member.setActive(input.active());
        department(member, input.department());
        em.persist(member);
        em.flush();
        ProvisionedUser provisioned = new ProvisionedUser(member.getId());
        provisioned.describe(input.externalId(), input.givenName(), input.familyName());
        em.persist(provisioned);
        audit.record(settings.client(), "staff-created", "staff:" + member.getId(), "SCIM: " + describe(member));
        return render(member, base);
    }

    @Transactional
    public Map<String, Object> replaceUser(String id, Map<String, Object> body, String base) {
        StaffMember member = member(id);
        ScimUserInput input = ScimUserInput.of(body);
        StaffForm form = form(input);
        unique(form, member);
        boolean wasActive = member.isActive();
        String before = describe(member);
        member.setUsername(form.username());
        member.setEmail(form.email());
        member.setFullName(form.fullName());
        member.setActive(input.active());
        department(member, input.department());
        ProvisionedUser provisioned = provisioned(member);
        provisioned.describe(input.externalId(), input.givenName(), input.familyName());
        em.flush();
        String after = describe(member);
        if (wasActive && !member.isActive()) {
            audit.record(settings.client(), "staff-deactivated", "staff:" + member.getId(), "SCIM: "
                    + member.getUsername());
        } else if (!before.equals(after)) {
            audit.record(settings.client(), "staff-changed", "staff:" + member.getId(), "SCIM: " + after);
        }
        return render(member, base);
    }

    @Transactional
    public Map<String, Object> patchUser(String id, Map<String, Object> request, String base) {
        Map<String, Object> user = render(member(id), base);
        userPatch.apply(user, request);
        return replaceUser(id, user, base);
    }

    /** DELETE: the person is deactivated, never removed (their evidence and certificates stay). */
    @Transactional
    public void deactivateUser(String id) {
        StaffMember member = member(id);
        if (member.isActive()) {
            member.setActive(false);
            audit.record(settings.client(), "staff-deactivated", "staff:" + member.getId(), "SCIM: "
                    + member.getUsername());
        }
    }

    // ---- Groups

    public Map<String, Object> group(String id, String base) {
        return render(group(id), base);
    }

    public Page groups(String filterText, int startIndex, int count, String base) {
        ScimFilter filter = filterText == null ? null : ScimFilter.parse(filterText, "filter");
        String where = "";
        Object value = null;
        if (filter != null) {
            value = filter.text();
            if (filter.on("displayName")) {
                where = " WHERE LOWER(g.displayName) = :value";
                value = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
            } else if (filter.on("externalId")) {
                where = " WHERE g.externalId = :value";
            } else if (filter.on("id")) {
                where = " WHERE g.id = :value";
                value = number(filter.text()).orElse(-1L);
            } else {
                throw ScimError.invalidFilter("filter '" + filterText + "': filtering Groups on '"
                        + filter.attribute() + "' is not supported; use displayName, externalId or id");
            }
        }
        return page(ProvisionedGroup.class, "g", where, filter != null, value, startIndex, count,
                group -> render(group, base));
    }

    @Transactional
    public Map<String, Object> createGroup(Map<String, Object> body, String base) {
        GroupInput input = groupInput(body);
        uniqueGroup(input.displayName(), null);
        ProvisionedGroup group = new ProvisionedGroup(input.displayName());
        group.describe(input.displayName(), input.externalId());
        group.setMembers(input.members());
        em.persist(group);
        em.flush();
        audit.record(settings.client(), "group-created", "group:" + group.getId(), "SCIM: " + input.displayName()
                + ", " + input.members().size() + " members");
        remap(input.members());
        return render(group, base);
    }

    @Transactional
    public Map<String, Object> replaceGroup(String id, Map<String, Object> body, String base) {
        ProvisionedGroup group = group(id);
        GroupInput input = groupInput(body);
        uniqueGroup(input.displayName(), group);
        Set<Long> affected = new TreeSet<>(group.getMembers());
        affected.addAll(input.members());
        Set<Long> joined = new TreeSet<>(input.members());
        joined.removeAll(group.getMembers());
        Set<Long> left = new TreeSet<>(group.getMembers());
        left.removeAll(input.members());
        boolean renamed = !group.getDisplayName().equals(input.displayName());
        group.describe(input.displayName(), input.externalId());
        group.setMembers(input.members());
        em.flush();
        if (renamed || !joined.isEmpty() || !left.isEmpty()) {
            audit.record(settings.client(), "group-changed", "group:" + group.getId(), "SCIM: "
                    + input.displayName() + (joined.isEmpty() ? "" : ", joined: staff " + joined)
                    + (left.isEmpty() ? "" : ", left: staff " + left));
        }
        remap(renamed ? affected : symmetric(joined, left));
        return render(group, base);
    }

    @Transactional
    public Map<String, Object> patchGroup(String id, Map<String, Object> request, String base) {
        Map<String, Object> group = render(group(id), base);
        groupPatch.apply(group, request);
        return replaceGroup(id, group, base);
    }

    /** A group is the client's, not evidence: it goes, and its members' roles follow. */
    @Transactional
    public void deleteGroup(String id) {
        ProvisionedGroup group = group(id);
        Set<Long> members = new TreeSet<>(group.getMembers());
        em.remove(group);
        em.flush();
        audit.record(settings.client(), "group-deleted", "group:" + id, "SCIM: " + group.getDisplayName());
        remap(members);
    }

    // ---- Mapping

    /**
     * Gives each of these staff members what their groups now map to. Roles come from the groups alone; a team or job
     * role only when a group gives one (else the one they have stays). With no group table configured, groups give
     * nothing and roles stay as an admin set them.
     */
    private void remap(Set<Long> staffIds) {
        GroupMapping mapping = settings.mapping();
        if (mapping.table().isEmpty()) {
            return;
        }
        for (long staffId : staffIds) {
            StaffMember member = em.find(StaffMember.class, staffId);
            if (member == null) {
                continue;
            }
            Set<String> names = new HashSet<>();
            for (ProvisionedGroup group : em.createNamedQuery(ProvisionedGroup.OF_MEMBER, ProvisionedGroup.class)
                    .setParameter("staffId", staffId).getResultList()) {
                names.add(group.getDisplayName());
                if (group.getExternalId() != null) {
                    names.add(group.getExternalId());
                }
            }
            GroupMapping.Mapped mapped = mapping.map(names);
            String before = describe(member);
            accounts.apply(member, new GroupMapping.Mapped(mapped.roles(),
                    mapped.team().or(() -> Optional.ofNullable(member.getTeam()).map(Team::getName)),
                    mapped.jobRole().or(() -> Optional.ofNullable(member.getJobRole()))));
            String after = describe(member);
            if (!before.equals(after)) {
                audit.record(settings.client(), "staff-changed", "staff:" + staffId, "SCIM groups: " + before
                        + " -> " + after);
            }
        }
    }

    private static Set<Long> symmetric(Set<Long> a, Set<Long> b) {
        Set<Long> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    // ---- Reading and checking

    private StaffMember member(String id) {
        return number(id).map(n -> em.find(StaffMember.class, n))
                .orElseThrow(() -> ScimError.notFound("no User with id '" + id + "'"));
    }

    private ProvisionedGroup group(String id) {
        return number(id).map(n -> em.find(ProvisionedGroup.class, n))
                .orElseThrow(() -> ScimError.notFound("no Group with id '" + id + "'"));
    }

    private ProvisionedUser provisioned(StaffMember member) {
        ProvisionedUser provisioned = em.find(ProvisionedUser.class, member.getId());
        if (provisioned == null) {
            provisioned = new ProvisionedUser(member.getId());
            em.persist(provisioned);
        }
        return provisioned;
    }

    private static Optional<Long> number(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The staff form's own checks (user name, e-mail, name), said with the SCIM attribute they are about. */
    private StaffForm form(ScimUserInput input) {
        StaffForm form = new StaffForm(input.fullName(), input.email(), input.userName(), null, null, Set.of(),
                input.active(), null);
        List<Problem> problems = form.check();
        if (!problems.isEmpty()) {
            Problem problem = problems.get(0);
            String attribute = switch (problem.field()) {
                case "username" -> "userName";
                case "email" -> "emails";
                case "fullName" -> "name.formatted";
                default -> problem.field();
            };
            throw ScimError.invalidValue(attribute + ": " + messages.format(Locale.ENGLISH, problem.key(),
                    problem.arguments().toArray()));
        }
        return form;
    }

    /** User name and e-mail are each unique across both (either signs in). */
    private void unique(StaffForm form, StaffMember self) {
        if (taken(form.username(), self)) {
            throw ScimError.uniqueness("userName '" + form.username() + "' is taken by another User");
        }
        if (taken(form.email(), self)) {
            throw ScimError.uniqueness("emails: '" + form.email() + "' is taken by another User");
        }
    }

    private boolean taken(String login, StaffMember self) {
        return em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class).setParameter("login", login)
                .getResultStream().anyMatch(s -> self == null || !s.getId().equals(self.getId()));
    }

    /** The enterprise extension's department names a team of the platform: the person joins it. */
    private void department(StaffMember member, String department) {
        if (department != null) {
            em.createNamedQuery(Team.BY_NAME, Team.class).setParameter("name", department).getResultStream()
                    .findFirst().ifPresent(member::setTeam);
        }
    }

    record GroupInput(String displayName, String externalId, Set<Long> members) {}

    @SuppressWarnings("unchecked")
    private GroupInput groupInput(Map<String, Object> body) {
        for (String key : body.keySet()) {
            if (!ScimSchemas.GROUP_ATTRIBUTES.contains(key.toLowerCase(Locale.ROOT))) {
                throw ScimError.invalidSyntax("unknown attribute '" + key + "': not in the Group schema");
            }
        }
        Object name = ScimTree.get(body, "displayName");
        if (!(name instanceof String displayName) || displayName.isBlank()) {
            throw ScimError.invalidValue("displayName is required");
        }
        if (displayName.strip().length() > 255) {
            throw ScimError.invalidValue("displayName is longer than 255 characters");
        }
        Object externalId = ScimTree.get(body, "externalId");
        if (externalId != null && !(externalId instanceof String)) {
            throw ScimError.invalidValue("externalId must be text");
        }
        Set<Long> members = new TreeSet<>();
        Object list = ScimTree.get(body, "members");
        if (list != null && !(list instanceof List<?>)) {
            throw ScimError.invalidValue("members must be an array");
        }
        int index = 0;
        for (Object element : list == null ? List.of() : (List<Object>) list) {
            Object value = element instanceof Map<?, ?> map ? ScimTree.get((Map<String, Object>) map, "value") : null;
            Optional<Long> id = value == null ? Optional.empty() : number(value.toString());
            if (id.isEmpty() || em.find(StaffMember.class, id.get()) == null) {
                throw ScimError.invalidValue("members[" + index + "].value: no User with id '" + value + "'");
            }
            members.add(id.get());
            index++;
        }
        return new GroupInput(displayName.strip(), (String) externalId, members);
    }

    private void uniqueGroup(String displayName, ProvisionedGroup self) {
        boolean taken = em.createQuery("SELECT g FROM ProvisionedGroup g WHERE LOWER(g.displayName) = :name",
                ProvisionedGroup.class).setParameter("name", displayName.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(g -> self == null || !g.getId().equals(self.getId()));
        if (taken) {
            throw ScimError.uniqueness("displayName '" + displayName + "' is taken by another Group");
        }
    }

    // ---- Rendering (RFC 7643)

    Map<String, Object> render(StaffMember member, String base) {
        ProvisionedUser provisioned = em.find(ProvisionedUser.class, member.getId());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", new ArrayList<>(List.of(ScimSchemas.USER, ScimSchemas.ENTERPRISE_USER)));
        user.put("id", member.getId().toString());
        if (provisioned != null && provisioned.getExternalId() != null) {
            user.put("externalId", provisioned.getExternalId());
        }
        user.put("userName", member.getUsername());
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("formatted", member.getFullName());
        if (provisioned != null && provisioned.getGivenName() != null) {
            name.put("givenName", provisioned.getGivenName());
        }
        if (provisioned != null && provisioned.getFamilyName() != null) {
            name.put("familyName", provisioned.getFamilyName());
        }
        user.put("name", name);
        user.put("displayName", member.getFullName());
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("value", member.getEmail());
        email.put("type", "work");
        email.put("primary", Boolean.TRUE);
        user.put("emails", new ArrayList<>(List.of(email)));
        user.put("active", member.isActive());
        List<Object> groups = new ArrayList<>();
        for (ProvisionedGroup group : em.createNamedQuery(ProvisionedGroup.OF_MEMBER, ProvisionedGroup.class)
                .setParameter("staffId", member.getId()).getResultList()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("value", group.getId().toString());
            ref.put("$ref", base + "/Groups/" + group.getId());
            ref.put("display", group.getDisplayName());
            groups.add(ref);
        }
        user.put("groups", groups);
        List<Object> roles = new ArrayList<>();
        for (String role : member.getRoles()) {
            roles.add(new LinkedHashMap<>(Map.of("value", role)));
        }
        user.put("roles", roles);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        if (member.getTeam() != null) {
            enterprise.put("department", member.getTeam().getName());
        }
        user.put(ScimSchemas.ENTERPRISE_USER, enterprise);
        user.put("meta", meta("User", member.getCreatedAt(), base + "/Users/" + member.getId(), member.getVersion()));
        return user;
    }

    Map<String, Object> render(ProvisionedGroup group, String base) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemas", new ArrayList<>(List.of(ScimSchemas.GROUP)));
        out.put("id", group.getId().toString());
        if (group.getExternalId() != null) {
            out.put("externalId", group.getExternalId());
        }
        out.put("displayName", group.getDisplayName());
        List<Object> members = new ArrayList<>();
        for (long staffId : group.getMembers()) {
            StaffMember member = em.find(StaffMember.class, staffId);
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("value", Long.toString(staffId));
            ref.put("$ref", base + "/Users/" + staffId);
            if (member != null) {
                ref.put("display", member.getFullName());
            }
            members.add(ref);
        }
        out.put("members", members);
        out.put("meta", meta("Group", group.getCreatedAt(), base + "/Groups/" + group.getId(), group.getVersion()));
        return out;
    }

    private static Map<String, Object> meta(String type, LocalDateTime created, String location, int version) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", type);
        if (created != null) {
            meta.put("created", created.atZone(ZoneId.systemDefault()).toOffsetDateTime().toString());
        }
        meta.put("location", location);
        meta.put("version", "W/\"" + version + "\"");
        return meta;
    }

    private static String describe(StaffMember member) {
        return member.getUsername() + " " + member.getEmail() + " roles=" + member.getRoles() + " active="
                + member.isActive() + (member.getTeam() == null ? "" : " team=" + member.getTeam().getName())
                + (member.getJobRole() == null ? "" : " jobRole=" + member.getJobRole());
    }
}
