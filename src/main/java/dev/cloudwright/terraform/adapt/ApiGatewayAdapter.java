package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** API Gateway HTTP and WebSocket APIs (v2) and REST APIs with their integrations and stages. */
@ResourceAdapter.Adapts(anchors = {"aws_apigatewayv2_api", "aws_api_gateway_rest_api"},
        absorbs = {"aws_apigatewayv2_stage", "aws_apigatewayv2_integration", "aws_apigatewayv2_route", "aws_apigatewayv2_domain_name",
            "aws_apigatewayv2_api_mapping", "aws_api_gateway_stage", "aws_api_gateway_deployment", "aws_api_gateway_integration",
            "aws_api_gateway_resource", "aws_api_gateway_method"},
        services = {"aws.apigateway-http", "aws.apigateway-websocket", "aws.apigateway-rest"},
        summary = "API Gateway: protocol, integrations and their targets, stages, access logging, throttling")
final class ApiGatewayAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> apis, Context ctx) {
        for (Res api : apis) {
            boolean v2 = api.type().equals("aws_apigatewayv2_api");
            Fact<String> protocol = v2 ? api.str("protocol_type") : Fact.absent();
            // A WebSocket API is billed by messages and connection minutes, not requests: a service of its own.
            boolean webSocket = protocol.known() && protocol.value().equals("WEBSOCKET");
            Draft d = ctx.component(api, Role.LOAD_BALANCER, !v2 ? "aws.apigateway-rest" : webSocket ? "aws.apigateway-websocket" : "aws.apigateway-http");
            Aws.managedZones(d);
            d.set(Keys.PUBLIC_ENDPOINT, true, api.range());
            d.defaulted(Keys.ENCRYPTED_IN_TRANSIT, true, webSocket ? "API Gateway WebSocket endpoints are wss:// (TLS) only" : "API Gateway endpoints are HTTPS only");
            d.set(Keys.PROTOCOL, protocol);
            List<Fact<Boolean>> logging = new java.util.ArrayList<>();
            String prefix = v2 ? "aws_apigatewayv2_" : "aws_api_gateway_";
            String apiArg = v2 ? "api_id" : "rest_api_id";
            for (String t : new String[] {"stage", "integration", "route", "api_mapping", "deployment", "resource", "method"}) {
                for (Res r : api.referrers(prefix + t, apiArg)) {
                    ctx.absorb(r, d);
                    if (t.equals("integration")) {
                        for (Res target : r.refs(v2 ? "integration_uri" : "uri")) {
                            ctx.link(api, target, Connection.Kind.TRAFFIC, "HTTPS", 443, true);
                        }
                    }
                    if (t.equals("stage")) {
                        logging.add(r.blocks("access_log_settings").isEmpty()
                                ? Fact.defaulted(false, "a stage writes no access logs unless access_log_settings is set")
                                : Fact.explicit(true, r.blocks("access_log_settings").get(0).range()));
                    }
                }
            }
            d.set(Keys.ACCESS_LOGGING, Fact.anyTrue(logging));
            openRoutes(api, v2, d);
        }
    }

    /**
     * Whether a route (v2) or method (REST) is callable without authorization: authorization NONE, written or by default,
     * except CORS preflight (OPTIONS) and REST methods that require an API key. True at the first such route, unknown when
     * a route's authorization is not known offline, false (at the first route) when every one is authorized.
     */
    private static void openRoutes(Res api, boolean v2, Draft d) {
        List<Res> routes = v2 ? api.referrers("aws_apigatewayv2_route", "api_id") : api.referrers("aws_api_gateway_method", "rest_api_id");
        String arg = v2 ? "authorization_type" : "authorization";
        Fact<Boolean> unknown = null;
        for (Res r : routes) {
            if (!v2 && (r.str("http_method").orElse("").equals("OPTIONS") || Fact.isTrue(r.bool("api_key_required")))) {
                continue;
            }
            Fact<String> auth = r.str(arg);
            if (auth.isUnknown()) {
                unknown = Fact.unknown(auth.reason(), auth.at());
            } else if (auth.orElse("NONE").equals("NONE")) {
                d.set(Keys.OPEN_ROUTES, true, auth.known() ? auth.at() : r.range());
                return;
            }
        }
        if (unknown != null) {
            d.set(Keys.OPEN_ROUTES, unknown);
        } else if (!routes.isEmpty()) {
            d.set(Keys.OPEN_ROUTES, false, routes.get(0).range());
        }
    }
}
