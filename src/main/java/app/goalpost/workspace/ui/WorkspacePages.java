package app.goalpost.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The views behind the {@link WorkspacePage}s, found once at start-up from their {@link WorkspacePageView}
 * annotation (in the application's packages), so that features declare their pages and nobody registers them
 * by hand. Start-up fails when a page has no view or two.
 */
@org.springframework.stereotype.Component
public class WorkspacePages {

    /** A menu entry: the page and the view that shows it. */
    public record Entry(WorkspacePage page, Class<? extends Component> view) {
    }

    private final List<Entry> entries;

    WorkspacePages(BeanFactory beanFactory) {
        this.entries = inMenuOrder(scan(AutoConfigurationPackages.get(beanFactory)));
    }

    private static List<Entry> inMenuOrder(Map<WorkspacePage, Class<? extends Component>> views) {
        List<Entry> list = new ArrayList<>();
        for (WorkspacePage page : WorkspacePage.values()) {
            Class<? extends Component> view = views.get(page);
            if (view == null) {
                throw new IllegalStateException("No view is annotated @WorkspacePageView(" + page + ")");
            }
            list.add(new Entry(page, view));
        }
        return List.copyOf(list);
    }

    /** Every page in menu order. */
    public List<Entry> entries() {
        return entries;
    }

    public Class<? extends Component> view(WorkspacePage page) {
        return entries.get(page.ordinal()).view();
    }

    /** The workspace's landing page: the first in the menu. */
    public Class<? extends Component> home() {
        return entries.getFirst().view();
    }

    private static Map<WorkspacePage, Class<? extends Component>> scan(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(WorkspacePageView.class));
        Map<WorkspacePage, Class<? extends Component>> views = new EnumMap<>(WorkspacePage.class);
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        WorkspacePages.class.getClassLoader());
                if (!WorkspaceScopedView.class.isAssignableFrom(type) || !type.isAnnotationPresent(Route.class)) {
                    throw new IllegalStateException(type.getName()
                            + " is a workspace page but not a routed WorkspaceScopedView");
                }
                WorkspacePage page = type.getAnnotation(WorkspacePageView.class).value();
                Class<? extends Component> previous = views.put(page, type.asSubclass(Component.class));
                if (previous != null && previous != type) {
                    throw new IllegalStateException("Two views for " + page + ": " + previous.getName() + " and "
                            + type.getName());
                }
            }
        }
        return views;
    }
}
