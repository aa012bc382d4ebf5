package org.oversight.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.platform.TemporaryFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The web server's own files in Oversight's temporary folder: Tomcat's base folder, where it spools
 * uploaded request parts (multipart bodies) to disk, and its document root, both of which it would
 * otherwise make in the system's temporary folder and leave there after a crash. Runs before Spring
 * Boot's own settings, so that {@code server.tomcat.basedir}, when set, still wins.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class WebServerTemporaryFolder implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final TemporaryFiles temporaryFiles;

    WebServerTemporaryFolder(TemporaryFiles temporaryFiles) {
        this.temporaryFiles = temporaryFiles;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        try {
            factory.setBaseDirectory(Files.createDirectories(folder("tomcat")).toFile());
            factory.setDocumentRoot(
                    Files.createDirectories(folder("document-root")).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String name) {
        return temporaryFiles.folder().resolve(name);
    }

    @Override
    public int getOrder() {
        return -1;
    }
}
