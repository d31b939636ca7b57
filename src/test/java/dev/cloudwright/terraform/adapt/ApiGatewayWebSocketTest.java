package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.notWritten;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API Gateway v2 WebSocket APIs are their own service, billed by messages and connection minutes. */
class ApiGatewayWebSocketTest {

    @TempDir
    Path dir;

    @Test
    void aWebSocketApiIsItsOwnServiceAndPricedByMessagesAndMinutes() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                resource "aws_apigatewayv2_api" "chat" {
                  name                       = "chat"
                  protocol_type              = "WEBSOCKET"
                  route_selection_expression = "$request.body.action"
                }
                resource "aws_apigatewayv2_integration" "default" {
                  api_id           = aws_apigatewayv2_api.chat.id
                  integration_type = "AWS_PROXY"
                  integration_uri  = aws_lambda_function.chat.invoke_arn
                }
                resource "aws_apigatewayv2_route" "default" {
                  api_id    = aws_apigatewayv2_api.chat.id
                  route_key = "$default"
                  target    = "integrations/${aws_apigatewayv2_integration.default.id}"
                }
                resource "aws_apigatewayv2_stage" "live" {
                  api_id      = aws_apigatewayv2_api.chat.id
                  name        = "live"
                  auto_deploy = true
                }
                resource "aws_lambda_function" "chat" {
                  function_name = "chat"
                  role          = "arn:aws:iam::111122223333:role/fn"
                }
                resource "aws_apigatewayv2_api" "http" {
                  name          = "http"
                  protocol_type = "HTTP"
                }
                """).nothingUnmodelled();
        Component chat = p.component("aws_apigatewayv2_api.chat");
        assertEquals("aws.apigateway-websocket", chat.service());
        assertEquals("API Gateway WebSocket", ServiceCatalog.aws().get(chat.service()).shortName());
        written(chat, Keys.PROTOCOL, "WEBSOCKET", 4);
        written(chat, Keys.PUBLIC_ENDPOINT, true, 2);
        assertTrue(Pipeline.defaulted(chat, Keys.ENCRYPTED_IN_TRANSIT, true).contains("wss://"));
        assertTrue(Pipeline.resources(chat).containsAll(List.of("aws_apigatewayv2_integration.default", "aws_apigatewayv2_route.default",
                "aws_apigatewayv2_stage.live")), Pipeline.resources(chat).toString());
        notWritten(chat, Set.of(), Set.of("access_logging", "encrypted_in_transit", "zones"));
        assertTrue(p.architecture().connections().stream().anyMatch(c -> c.from().equals(chat.id()) && c.to().equals("aws_lambda_function.chat")),
                p.architecture().connections().toString());
        assertEquals("aws.apigateway-http", p.component("aws_apigatewayv2_api.http").service(), "an HTTP API stays an HTTP API");

        // 2 million messages and 3 million connection minutes a month, at the us-east-1 list prices.
        Component used = chat.toBuilder().usage(Usage.MESSAGES, 2_000_000.0).usage(Usage.CONNECTION_MINUTES, 3_000_000.0).build();
        ComponentCost cost = price(used);
        CostLine messages = line(cost, "apigateway.websocket.messages");
        assertEquals(2, messages.quantity(), 1e-9);
        assertEquals(2.00, messages.monthlyUsd(), 1e-9);
        CostLine minutes = line(cost, "apigateway.websocket.connection-minutes");
        assertEquals(3, minutes.quantity(), 1e-9);
        assertEquals(0.75, minutes.monthlyUsd(), 1e-9);
        assertTrue(cost.lines().stream().noneMatch(l -> l.priceKey().startsWith("apigateway.http")), "no HTTP request charge: " + cost.lines());
    }

    @Test
    void anApiWhoseProtocolIsNotKnownIsNotPricedAsEither() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                variable "protocol" { type = string }
                resource "aws_apigatewayv2_api" "api" {
                  name          = "api"
                  protocol_type = var.protocol
                }
                """).nothingUnmodelled();
        Component api = p.component("aws_apigatewayv2_api.api");
        unknownAt(api, Keys.PROTOCOL, "variable protocol", 5);
        ComponentCost cost = price(api.toBuilder().usage(Usage.REQUESTS, 1_000_000.0).build());
        assertEquals(CostLine.UNPRICED, line(cost, "not-known:protocol").priceRegion());
    }
}
