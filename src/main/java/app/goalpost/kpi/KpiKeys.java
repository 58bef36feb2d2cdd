package app.goalpost.kpi;

import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stable keys scripts name KPIs by ({@code leads}, {@code ad-spend}), unique in a workspace. A KPI gets its key
 * from its name the first time it is asked for, and keeps it when renamed (a script keeps working). A key starts
 * with a letter, so that it can never be mistaken for a KPI id.
 */
@Service
public class KpiKeys {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

    private final KpiDefinitionRepository kpis;
    private final WorkspaceAccess access;

    KpiKeys(KpiDefinitionRepository kpis, WorkspaceAccess access) {
        this.kpis = kpis;
        this.access = access;
    }

    /** Every KPI's key (id to key, archived KPIs included), assigning the missing ones. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public Map<Long, String> keys(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        List<KpiDefinition> all = kpis.findByWorkspaceIdOrderByNameAsc(workspaceId.value());
        Set<String> taken = new HashSet<>();
        all.stream().map(KpiDefinition::getApiKey).filter(k -> k != null).forEach(taken::add);
        Map<Long, String> keys = new LinkedHashMap<>();
        // oldest first, so that of two KPIs named alike the older one gets the plain key
        all.stream().sorted(java.util.Comparator.comparing(KpiDefinition::getId)).forEach(kpi -> {
            if (kpi.getApiKey() == null) {
                String base = slug(kpi.getName());
                String key = base;
                for (int n = 2; taken.contains(key); n++) {
                    String suffix = "-" + n;
                    key = base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
                }
                taken.add(key);
                kpi.setApiKey(key);
            }
            keys.put(kpi.getId(), kpi.getApiKey());
        });
        return keys;
    }

    /** The KPI a key names in the workspace, or not-found (also for another workspace's key). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public KpiId resolve(WorkspaceId workspaceId, String key) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return kpis.findByWorkspaceIdAndApiKey(workspaceId.value(), key.toLowerCase(Locale.ROOT))
                .map(k -> new KpiId(k.getId())).orElseThrow(WorkspaceNotFoundException::new);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = NOT_KEY.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "kpi-" + slug;
        }
        slug = slug.length() > 64 ? slug.substring(0, 64) : slug;
        return slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
    }
}
