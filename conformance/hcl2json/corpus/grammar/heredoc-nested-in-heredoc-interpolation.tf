outer = <<OUTER
before ${<<INNER
inner content
INNER
} after
OUTER

indented = <<-OUTER
  line ${upper(<<-INNER
    inner
    INNER
  )} end
  OUTER
