a = var.ünïcödé
b = local.名前.値
c = module.模块.output
d = var.αβγ[0].δ
