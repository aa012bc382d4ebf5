package org.oversight.platform.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.oversight.platform.PrintableText;

/**
 * An exception as logged, with its message (and its causes' and suppressed exceptions') escaped:
 * messages often quote what a user sent. The stack trace's own line breaks are the layout's.
 */
final class SafeThrowableProxy implements IThrowableProxy {

    private final IThrowableProxy proxy;

    private SafeThrowableProxy(IThrowableProxy proxy) {
        this.proxy = proxy;
    }

    static IThrowableProxy of(IThrowableProxy proxy) {
        return proxy == null || proxy instanceof SafeThrowableProxy ? proxy : new SafeThrowableProxy(proxy);
    }

    @Override
    public String getOverridingMessage() {
        return PrintableText.escape(proxy.getOverridingMessage());
    }

    @Override
    public String getMessage() {
        return PrintableText.escape(proxy.getMessage());
    }

    @Override
    public String getClassName() {
        return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return of(proxy.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        if (suppressed == null) {
            return null;
        }
        IThrowableProxy[] safe = new IThrowableProxy[suppressed.length];
        for (int i = 0; i < suppressed.length; i++) {
            safe[i] = of(suppressed[i]);
        }
        return safe;
    }

    @Override
    public boolean isCyclic() {
        return proxy.isCyclic();
    }
}
