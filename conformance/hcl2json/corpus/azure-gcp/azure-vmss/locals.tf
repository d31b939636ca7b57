locals {
  # The cloud-init template lives next to the module in templates/.
  cloud_init = templatefile("${path.module}/templates/cloud-init.yaml.tftpl", {
    packages     = var.extra_packages
    app_user     = var.app.user
    artifact_url = var.app.artifact_url
    port         = var.app.port
    env          = var.app.env
  })

  # Inline fallback, useful when the template is unavailable.
  cloud_init_inline = <<-EOT
    #cloud-config
    users:
      - name: ${var.app.user}
        system: true
        shell: /usr/sbin/nologin
    packages:
    %{~ for p in var.extra_packages }
      - ${p}
    %{~ endfor }
    write_files:
      - path: /etc/default/app
        permissions: "0640"
        content: |
    %{~ for k, v in var.app.env }
          ${k}=${v}
    %{~ endfor }
      - path: /etc/systemd/system/app.service
        content: |
          [Unit]
          Description=Application
          After=network-online.target

          [Service]
          User=${var.app.user}
          EnvironmentFile=/etc/default/app
          ExecStart=/opt/app/bin/server --port ${var.app.port}
          Restart=always

          [Install]
          WantedBy=multi-user.target
    runcmd:
      - [ sh, -c, "curl -fsSL '${var.app.artifact_url}' -o /tmp/app.tgz" ]
      - mkdir -p /opt/app && tar -xzf /tmp/app.tgz -C /opt/app
      - systemctl daemon-reload
      - systemctl enable --now app.service
  EOT

  health_script = <<EOT
#!/usr/bin/env bash
set -euo pipefail
for i in $(seq 1 30); do
  if curl -fsS "http://127.0.0.1:${var.app.port}/healthz" >/dev/null; then
    echo "healthy after $${i} attempts"
    exit 0
  fi
  sleep 2
done
echo "application did not become healthy" >&2
exit 1
EOT
}
