/** Finding and reading Terraform source files (text, size and encoding checks); depends on nothing else in Cloudwright. */
package dev.cloudwright.terraform.source;
