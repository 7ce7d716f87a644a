package org.rectify.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * The connection of a read scope ({@link Store#inOneRead}) as one query gets it: closing it leaves it
 * open for the next query, and its transaction is the scope's to end — a query that tried would cut the
 * scope's one state of the store short, so it is told so.
 */
final class ScopedConnection {

    private static final Set<String> SCOPE_ONLY = Set.of("setAutoCommit", "commit", "rollback", "setSavepoint",
            "releaseSavepoint", "setReadOnly", "setTransactionIsolation");

    private ScopedConnection() {
    }

    static Connection of(Connection scoped) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (SCOPE_ONLY.contains(method.getName())) {
                        throw new UnsupportedOperationException(method.getName() + " inside a read scope");
                    }
                    try {
                        return method.invoke(scoped, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
