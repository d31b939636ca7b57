block "${var.name}" {
}
