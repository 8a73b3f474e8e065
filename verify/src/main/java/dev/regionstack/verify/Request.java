package dev.regionstack.verify;

import java.util.List;
import java.util.Map;

/**
 * One API call the platform intends a principal to make, as IAM evaluates it.
 *
 * @param action   e.g. {@code dynamodb:PutItem}
 * @param resource the ARN of what it acts on
 * @param context  the request's condition keys (lower case) and their values
 */
record Request(String action, String resource, Map<String, List<String>> context) {
    Request {
        context = Map.copyOf(context);
    }

    Request(String action, String resource) {
        this(action, resource, Map.of());
    }
}
