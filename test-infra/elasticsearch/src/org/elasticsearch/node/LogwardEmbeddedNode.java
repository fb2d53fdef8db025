/*
 * logward test infrastructure: start a single Elasticsearch node from the Maven Central jars.
 *
 *   java -cp 'build:lib/*' org.elasticsearch.node.LogwardEmbeddedNode path.home=/tmp/es http.port=9200 ...
 *
 * Every argument is a setting (key=value) laid over the defaults below. Lives in org.elasticsearch.node because
 * the Node(NodeConstruction) constructor and NodeServiceProvider are package-private. Logs go to the console
 * (scripts/services.sh redirects them to test-infra/logs/elasticsearch.log). Prints LOGWARD_ES_STARTED once the
 * node has started; readiness for clients is GET /_cluster/health?wait_for_status=yellow.
 * Written against Elasticsearch 8.19.21: these internals change between minors.
 */
package org.elasticsearch.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import dev.logward.testinfra.RootInfoPlugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class LogwardEmbeddedNode extends Node {

    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, RootInfoPlugin.class);

    LogwardEmbeddedNode(Environment environment) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader pluginsLoader) {
                return new ClasspathPluginsService(env.settings(), env, PLUGINS);
            }
        }, true));
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder()
            .put("cluster.name", "logward-test")
            .put("node.name", "logward-es")
            .put("network.host", "127.0.0.1")
            .put("http.port", "9200")
            .put("transport.port", "9300-9399")
            .put("discovery.type", "single-node")
            .put("node.processors", 1)
            .put("indices.breaker.total.use_real_memory", false)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("node.store.allow_mmap", false)
            .put("action.auto_create_index", true)
            .put("logger.level", "INFO");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got [" + arg + "]");
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();
        if (settings.get("path.home") == null) {
            throw new IllegalArgumentException("path.home=<dir> is required");
        }
        Path home = Path.of(settings.get("path.home"));
        Files.createDirectories(home.resolve("config"));

        LogConfigurator.configureWithoutConfig(settings);
        LogConfigurator.setNodeName(settings.get("node.name"));

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "logward-es");
        Node node = new LogwardEmbeddedNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.prepareForClose();
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "logward-es-shutdown"));
        node.start();
        System.out.println("LOGWARD_ES_STARTED http://" + settings.get("network.host") + ":" + settings.get("http.port"));
        stopped.await();
    }
}
