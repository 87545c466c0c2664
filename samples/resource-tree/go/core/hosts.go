package core

import (
	"net/url"
	"os"
	"regexp"
	"strings"
)

// HostRewrite moves requests to a region's and an edge's host: a host matching one of Hosts
// ("*.example.test", one label for the star) is rewritten as Rewrite says, with {host} that label,
// {region} the region (else DefaultRegion) and {edge} the edge ("{edge}." is left out without one).
// Nothing is rewritten unless a region or an edge is given.
type HostRewrite struct {
	Hosts         []string
	Rewrite       string
	DefaultRegion string
	// RegionEnv and EdgeEnv are the environment variables read when no option gives them.
	RegionEnv, EdgeEnv string
	// RegionOption and EdgeOption name the client options, for error messages.
	RegionOption, EdgeOption string
}

// WithRegionHost sets the region of a host rewrite.
func WithRegionHost(region string) Option {
	return func(o *Options) { o.region = &region }
}

// WithEdgeHost sets the edge of a host rewrite.
func WithEdgeHost(edge string) Option {
	return func(o *Options) { o.edge = &edge }
}

var hostLabel = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)

// placement is the region and edge a request goes to, checked to be one host label each.
func (h *HostRewrite) placement(options Options) (region, edge string, err error) {
	region, err = label(options.region, h.RegionEnv, h.RegionOption)
	if err != nil {
		return "", "", err
	}
	edge, err = label(options.edge, h.EdgeEnv, h.EdgeOption)
	return region, edge, err
}

func label(given *string, env, option string) (string, error) {
	value, from := "", option
	if given != nil {
		value = *given
	} else if value = os.Getenv(env); value != "" {
		from = env
	}
	if given != nil || value != "" {
		if !hostLabel.MatchString(value) {
			return "", &InvalidRequestError{Reason: from + ": " + quoteText(value) + " is not a host label (1 to 63 letters, digits and hyphens)"}
		}
	}
	return value, nil
}

func quoteText(s string) string {
	return "\"" + strings.NewReplacer("\\", "\\\\", "\"", "\\\"").Replace(s) + "\""
}

// apply rewrites the host of target when it matches and a region or an edge is given.
func (h *HostRewrite) apply(target, region, edge string) string {
	if region == "" && edge == "" {
		return target
	}
	parsed, err := url.Parse(target)
	if err != nil {
		return target
	}
	host := parsed.Hostname()
	for _, pattern := range h.Hosts {
		suffix := strings.TrimPrefix(pattern, "*")
		first, found := strings.CutSuffix(host, suffix)
		if !found || first == "" || strings.Contains(first, ".") {
			continue
		}
		if region == "" {
			region = h.DefaultRegion
		}
		rewritten := strings.ReplaceAll(h.Rewrite, "{host}", first)
		if edge == "" {
			rewritten = strings.ReplaceAll(rewritten, "{edge}.", "")
		}
		rewritten = strings.ReplaceAll(strings.ReplaceAll(rewritten, "{edge}", edge), "{region}", region)
		if port := parsed.Port(); port != "" {
			rewritten += ":" + port
		}
		parsed.Host = rewritten
		return parsed.String()
	}
	return target
}
